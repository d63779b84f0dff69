// async_generator<T>: a coroutine that produces values with co_yield and may co_await between
// them (an async generator: `async def` with `yield`, consumed by `async for`).
//   async_generator<int> numbers() { for (int i = 0;; ++i) { co_await sleep(1s); co_yield i; } }
//   auto g = numbers();
//   while (auto v = co_await g.next()) use(*v);    // std::nullopt once the body has returned
// Lazy and single-consumer; it runs in the consumer's job, so cancelling the consumer reaches a
// generator waiting inside next(). An exception in the body leaves through next(). Destroying
// the generator destroys its frame (RAII cleanup runs; it cannot co_await any more).
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <source_location>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include "coroguard/debug/frame_record.hpp"
#include "coroguard/detail/frame_allocator.hpp"
#include "coroguard/detail/job.hpp"

namespace coroguard {

template <class T>
class [[nodiscard]] async_generator {
 public:
  class promise_type {
   public:
    explicit promise_type(std::source_location coroutine = std::source_location::current(),
                          debug::caller_frame creator = debug::caller_frame::here()) noexcept
        : record_(coroutine, creator, debug::frame_kind::generator) {}

    static void* operator new(std::size_t size) { return detail::frame_allocate(size); }
    static void operator delete(void* p, std::size_t size) noexcept { detail::frame_deallocate(p, size); }

    async_generator get_return_object() noexcept {
      return async_generator(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    auto final_suspend() noexcept { return hand_back{*this}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { error_ = std::current_exception(); }

    template <class U = T>
    auto yield_value(U&& v) {
      value_.emplace(std::forward<U>(v));
      return hand_back{*this};
    }

    template <class Awaitable>
    decltype(auto) await_transform(Awaitable&& a, std::source_location at = std::source_location::current()) {
      return record_.transform(std::forward<Awaitable>(a), at);
    }

    detail::job* current_job() const noexcept { return job_; }

   private:
    friend class async_generator;
    // A yield (or the end) resumes the consumer; while next() is still resuming the body on
    // its own stack, it just returns there, so the stack does not grow per item.
    struct hand_back {
      promise_type& p;
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<> self) noexcept {
        if (self.done()) p.record_.on_done();
        else p.record_.on_yield();
        if (p.resuming_) {
          p.produced_while_resuming_ = true;
          return std::noop_coroutine();
        }
        return p.consumer_;
      }
      void await_resume() noexcept {}
    };

    std::optional<T> value_;
    std::exception_ptr error_;
    std::coroutine_handle<> consumer_;
    detail::job* job_ = nullptr;
    bool resuming_ = false;
    bool produced_while_resuming_ = false;
    [[no_unique_address]] debug::frame_record record_;
  };

  async_generator(async_generator&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  async_generator& operator=(async_generator&& o) noexcept {
    if (this != &o) {
      reset();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  ~async_generator() { reset(); }

  // co_await: the next value, or std::nullopt when the body has returned.
  class [[nodiscard("co_await next()")]] next_awaiter {
   public:
    explicit next_awaiter(std::coroutine_handle<promise_type> h) noexcept : h_(h) {}
    bool await_ready() const noexcept { return !h_ || h_.done(); }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> consumer) {
      promise_type& p = h_.promise();
      p.consumer_ = consumer;
      p.job_ = detail::job_of(consumer);
      p.value_.reset();
      p.resuming_ = true;
      p.produced_while_resuming_ = false;
      p.record_.on_resume();
      h_.resume();
      p.resuming_ = false;
      return !p.produced_while_resuming_;
    }
    debug::wait_info debug_wait() const noexcept {
      return {"next()", nullptr, nullptr, h_ ? &h_.promise().record_ : nullptr};
    }
    std::optional<T> await_resume() {
      if (!h_) throw std::logic_error("coroguard: next() on an empty async_generator");
      promise_type& p = h_.promise();
      if (p.error_) std::rethrow_exception(std::exchange(p.error_, nullptr));
      if (h_.done()) return std::nullopt;
      return std::move(p.value_);
    }

   private:
    std::coroutine_handle<promise_type> h_;
  };
  next_awaiter next() noexcept { return next_awaiter(h_); }

 private:
  explicit async_generator(std::coroutine_handle<promise_type> h) noexcept : h_(h) {}
  void reset() noexcept {
    if (h_) std::exchange(h_, {}).destroy();
  }
  std::coroutine_handle<promise_type> h_;
};

}  // namespace coroguard
