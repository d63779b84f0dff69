// sleep(d): suspend the calling task for `d` without blocking the loop (asyncio.sleep).
// sleep(0) still yields to the other ready tasks. Cancelling the task ends the sleep early with
// cancelled_error. With the virtual clock it takes no real time.
#pragma once

#include <chrono>
#include <coroutine>

#include "coroguard/detail/job.hpp"
#include "coroguard/detail/timer_queue.hpp"
#include "coroguard/errors.hpp"
#include "coroguard/event_loop.hpp"

namespace coroguard {

namespace detail {

class [[nodiscard("co_await the sleep")]] sleep_awaiter : timer_node, parked_wait {
 public:
  explicit sleep_awaiter(clock::time_point deadline) noexcept : deadline_(deadline) {}
  sleep_awaiter(sleep_awaiter&& o) noexcept : deadline_(o.deadline_) {}
  ~sleep_awaiter() {
    if (armed()) loop_->cancel_timer(this);
  }

  bool await_ready() const noexcept { return false; }
  template <class Promise>
  bool await_suspend(std::coroutine_handle<Promise> h) {
    if (!park(h)) return false;
    loop_ = &event_loop::current();
#if COROGUARD_DEBUG_MODE
    if (deadline_ <= loop_->now()) debug::self_wake();  // due now: the task yields to the loop
#endif
    loop_->add_timer(this, deadline_);
    return true;
  }
  void await_resume() const {
    if (cancelled_) throw cancelled_error{};
  }
  debug::wait_info debug_wait() const noexcept { return {"sleep"}; }

 private:
  // Due: the task joins the next round, behind the tasks already ready (as asyncio appends a
  // due timer's callback to its ready queue), so a task spawned before the sleep has started.
  void fire() noexcept override { loop_->schedule(unpark_waiter()); }
  void abort() noexcept override {
    loop_->cancel_timer(this);
    cancelled_ = true;
    loop_->schedule(waiter_);
  }

  clock::time_point deadline_;
  event_loop* loop_ = nullptr;
};

}  // namespace detail

inline detail::sleep_awaiter sleep(std::chrono::steady_clock::duration d) {
  return detail::sleep_awaiter(event_loop::current().now() + d);
}

inline detail::sleep_awaiter sleep_until(std::chrono::steady_clock::time_point deadline) {
  return detail::sleep_awaiter(deadline);
}

}  // namespace coroguard
