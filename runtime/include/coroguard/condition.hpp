// condition: wait for a notification while holding an async_mutex (asyncio.Condition).
//   auto lock = co_await m.lock();
//   co_await cv.wait(lock, [&] { return !items.empty(); });
// wait() releases the mutex while it waits and holds it again when it returns, on every path:
// a cancelled waiter reacquires the mutex before cancelled_error leaves wait().
#pragma once

#include <coroutine>
#include <exception>
#include <stdexcept>

#include "coroguard/detail/wait_list.hpp"
#include "coroguard/mutex.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

class condition {
 public:
  explicit condition(async_mutex& m) noexcept : mutex_(m) {}
  condition(const condition&) = delete;
  condition& operator=(const condition&) = delete;

  void notify_one() noexcept { waiters_.wake_one(); }
  void notify_all() noexcept { waiters_.wake_all(); }

  task<void> wait(async_mutex::guard& lock) {
    if (!lock.held()) throw std::logic_error("coroguard::condition::wait: the mutex is not held");
    lock.release();
    std::exception_ptr cancelled;
    try {
      co_await notified();
    } catch (const cancelled_error&) {
      cancelled = std::current_exception();
    }
    lock = co_await mutex_.lock(/*cancellable=*/false);
    if (cancelled) std::rethrow_exception(cancelled);
  }

  template <class Predicate>
  task<void> wait(async_mutex::guard& lock, Predicate ready) {
    while (!ready()) co_await wait(lock);
  }

 private:
  class notify_awaiter : detail::list_waiter {
   public:
    explicit notify_awaiter(condition& c) noexcept : c_(c) {}
    bool await_ready() const noexcept { return false; }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> h) {
      return enqueue(c_.waiters_, h);
    }
    void await_resume() const { throw_if_cancelled(); }

   private:
    condition& c_;
  };
  notify_awaiter notified() noexcept { return notify_awaiter(*this); }

  async_mutex& mutex_;
  detail::wait_list waiters_;
};

}  // namespace coroguard
