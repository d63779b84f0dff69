// use_task: a completion token that makes any Asio asynchronous operation awaitable from a
// runtime coroutine.
//   std::size_t n = co_await socket.async_read_some(buffer, coroguard::use_task);
// The operation's error_code, if its signature has one first, becomes a thrown
// boost::system::system_error; the other arguments are the result (none: void, one: itself,
// several: a std::tuple). A cancel of the awaiting task is passed to the operation through its
// cancellation slot; the task then gets cancelled_error. An operation that completes anyway
// returns its result, and the cancel waits for the next suspension point: no data is lost.
#pragma once

#include <boost/asio/async_result.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/error.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>
#include <coroutine>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include "coroguard/detail/job.hpp"
#include "coroguard/errors.hpp"
#include "coroguard/event_loop.hpp"

namespace coroguard {

struct use_task_t {};
inline constexpr use_task_t use_task{};

namespace detail {

template <class... Args>
struct completion_values {
  using type = std::tuple<Args...>;
  static type make(Args... a) { return type(std::move(a)...); }
};
template <class A>
struct completion_values<A> {
  using type = A;
  static type make(A a) { return a; }
};
template <>
struct completion_values<> {
  using type = void;
};

template <class... Args>
struct completion_traits {
  static constexpr bool has_error = false;
  using values = completion_values<std::decay_t<Args>...>;
};
template <class... Rest>
struct completion_traits<boost::system::error_code, Rest...> {
  static constexpr bool has_error = true;
  using values = completion_values<std::decay_t<Rest>...>;
};

template <class Initiation, class InitArgs, class... Args>
class asio_op_awaiter : parked_wait {
  using traits = completion_traits<std::decay_t<Args>...>;
  using result_type = typename traits::values::type;

 public:
  asio_op_awaiter(Initiation init, InitArgs args) : init_(std::move(init)), args_(std::move(args)) {}
  asio_op_awaiter(asio_op_awaiter&& o) noexcept : init_(std::move(o.init_)), args_(std::move(o.args_)) {}

  bool await_ready() const noexcept { return false; }

  template <class Promise>
  bool await_suspend(std::coroutine_handle<Promise> h) {
    if (!park(h)) return false;
    loop_ = event_loop::current_or_null();
    std::apply([&](auto&... a) { std::move(init_)(handler{this}, std::move(a)...); }, args_);
    return true;
  }

  result_type await_resume() {
    if (!done_ && cancelled_) throw cancelled_error{};
    if constexpr (traits::has_error) {
      const boost::system::error_code& ec = std::get<0>(*done_);
      if (ec) {
        if (cancelled_ && ec == boost::asio::error::operation_aborted) throw cancelled_error{};
        throw boost::system::system_error(ec);
      }
    }
    // Completed despite a cancel: the result is returned and the cancel waits for the next
    // suspension point.
    if (cancelled_ && job_) job_->cancel();
    return std::apply(
        [](auto&&... a) -> result_type {
          if constexpr (traits::has_error) return drop_first(std::move(a)...);
          else if constexpr (!std::is_void_v<result_type>) return traits::values::make(std::move(a)...);
        },
        std::move(*done_));
  }

 private:
  template <class E, class... Rest>
  static result_type drop_first(E&&, Rest&&... rest) {
    if constexpr (!std::is_void_v<result_type>) return traits::values::make(std::move(rest)...);
  }

  struct handler {
    asio_op_awaiter* self;
    using cancellation_slot_type = boost::asio::cancellation_slot;
    cancellation_slot_type get_cancellation_slot() const noexcept { return self->signal().slot(); }
    void operator()(Args... args) {
      self->done_.emplace(std::move(args)...);
      // On its loop the task joins the next round, behind the tasks already ready; a completion
      // on a foreign executor's thread resumes it there, as Asio would.
      if (self->loop_ && event_loop::current_or_null() == self->loop_) self->loop_->schedule(self->unpark_waiter());
      else self->resume_waiter();
    }
  };

  void abort() noexcept override {
    cancelled_ = true;
    signal().emit(boost::asio::cancellation_type::all);
  }

  // The job's signal (reused by each of its operations), or this operation's own outside a job.
  boost::asio::cancellation_signal& signal() noexcept { return job_ ? job_->asio_cancel : own_signal_; }

  Initiation init_;
  InitArgs args_;
  std::optional<std::tuple<std::decay_t<Args>...>> done_;
  boost::asio::cancellation_signal own_signal_;
  event_loop* loop_ = nullptr;
};

}  // namespace detail
}  // namespace coroguard

template <class R, class... Args>
struct boost::asio::async_result<coroguard::use_task_t, R(Args...)> {
  template <class Initiation, class... InitArgs>
  static auto initiate(Initiation&& init, coroguard::use_task_t, InitArgs&&... args) {
    return coroguard::detail::asio_op_awaiter<std::decay_t<Initiation>, std::tuple<std::decay_t<InitArgs>...>, Args...>(
        std::forward<Initiation>(init), std::tuple<std::decay_t<InitArgs>...>(std::forward<InitArgs>(args)...));
  }
};
