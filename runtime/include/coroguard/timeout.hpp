// with_timeout(d, t): t's value, or timeout_error once `d` has passed (asyncio.wait_for).
// At the deadline `t` is cancelled and with_timeout waits for it to finish before it throws, so
// its cleanup has run; if `t` finished with a value before the cancel reached it, that value is
// returned. Cancelling the caller cancels `t` too and waits for it.
#pragma once

#include <chrono>
#include <utility>

#include "coroguard/detail/join.hpp"
#include "coroguard/detail/root_task.hpp"
#include "coroguard/detail/timer_queue.hpp"
#include "coroguard/errors.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

namespace detail {

// Cancels a job when its deadline passes, unless disarmed first.
class deadline_guard : timer_node {
 public:
  deadline_guard(job& target, clock::time_point deadline) : target_(target), loop_(event_loop::current()) {
    loop_.add_timer(this, deadline);
  }
  deadline_guard(const deadline_guard&) = delete;
  deadline_guard& operator=(const deadline_guard&) = delete;
  ~deadline_guard() { loop_.cancel_timer(this); }
  bool expired() const noexcept { return expired_; }

 private:
  void fire() noexcept override {
    expired_ = true;
    target_.cancel();
  }
  job& target_;
  event_loop& loop_;
  bool expired_ = false;
};

}  // namespace detail

template <class T>
task<T> with_timeout(std::chrono::steady_clock::duration d, task<T> inner) {
  auto state = detail::start_job(std::move(inner));
  {
    detail::deadline_guard deadline(*state, event_loop::current().now() + d);
    co_await detail::done_awaiter<>(state.get());
    if (deadline.expired() && state->ended_cancelled()) {
      state->mark_retrieved();
      throw timeout_error();
    }
  }
  co_return state->take();
}

}  // namespace coroguard
