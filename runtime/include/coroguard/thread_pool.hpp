// Running blocking or CPU-bound work off the loop (asyncio.to_thread, run_in_executor).
//   int n = co_await coroguard::to_thread([] { return count_primes(1'000'000); });
//   coroguard::thread_pool pool(4);  auto v = co_await pool.run(work);
// The function runs on a pool thread; its value or exception comes back to the awaiting task
// on the loop thread. A cancel of the awaiting task cannot stop the function: the task waits
// for it, then throws cancelled_error (a failure of the function is then reported as never
// retrieved, not lost). While work is out, the loop is not idle: it waits for the result.
#pragma once

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include "coroguard/debug/api.hpp"
#include "coroguard/detail/job.hpp"
#include "coroguard/detail/result.hpp"
#include "coroguard/errors.hpp"
#include "coroguard/event_loop.hpp"

namespace coroguard {

class thread_pool;

namespace detail {

template <class F>
class offload_awaiter : parked_wait {
 public:
  using R = std::invoke_result_t<F&>;

  offload_awaiter(boost::asio::thread_pool& pool, F f) : pool_(pool), f_(std::move(f)) {}
  offload_awaiter(offload_awaiter&& o) noexcept : pool_(o.pool_), f_(std::move(o.f_)) {}

  bool await_ready() const noexcept { return false; }

  template <class Promise>
  bool await_suspend(std::coroutine_handle<Promise> h) {
    if (!park(h)) return false;
    event_loop& loop = event_loop::current();
    // Keeps the loop from calling itself idle (or deadlocked) while the work is out.
    auto guard = boost::asio::make_work_guard(loop.context());
    boost::asio::post(pool_, [this, &loop, guard = std::move(guard)]() mutable {
      try {
        if constexpr (std::is_void_v<R>) {
          f_();
          outcome_.set_value();
        } else {
          outcome_.set_value(f_());
        }
      } catch (...) {
        outcome_.set_error(std::current_exception());
      }
      // The last touch of the loop's side: the guard goes with the completion, which may
      // finish the loop.
      loop.post_from_any_thread([this, &loop, guard = std::move(guard)]() mutable {
        guard.reset();
        loop.schedule(unpark_waiter());
      });
    });
    return true;
  }

  debug::wait_info debug_wait() const noexcept { return {.what = "work on a thread pool", .other_thread = true}; }

  R await_resume() {
    if (cancelled_) {
      if (outcome_.has_error()) report_unretrieved_exception(outcome_.error());
      throw cancelled_error{};
    }
    return outcome_.take();
  }

 private:
  // The function cannot be stopped: remember the cancel and keep waiting for it.
  void abort() noexcept override { cancelled_ = true; }

  boost::asio::thread_pool& pool_;
  F f_;
  result<R> outcome_;
};

}  // namespace detail

class thread_pool {
 public:
  explicit thread_pool(std::size_t threads) : pool_(threads) {}
  thread_pool(const thread_pool&) = delete;
  thread_pool& operator=(const thread_pool&) = delete;
  // Waits for the work already submitted. Inside a task that work has been awaited already, so
  // the join only ends idle threads: the runtime's own wait, not the user's blocking call.
  ~thread_pool() {
    debug::allow_blocking own_wait("the pool's idle threads end");
    pool_.join();
  }

  // co_await: f() run on one of the pool's threads.
  template <class F>
  detail::offload_awaiter<std::decay_t<F>> run(F&& f) {
    return detail::offload_awaiter<std::decay_t<F>>(pool_, std::forward<F>(f));
  }

 private:
  boost::asio::thread_pool pool_;
};

// The pool to_thread uses: one thread per core (at least 2), made on first use.
thread_pool& default_thread_pool();

template <class F>
auto to_thread(F&& f) {
  return default_thread_pool().run(std::forward<F>(f));
}

}  // namespace coroguard
