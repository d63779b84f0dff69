// Waiting for a job to finish, from a coroutine that may itself be cancelled.
// Propagating (join_handle, with_timeout): a cancel of the waiter cancels the awaited job and
// keeps waiting until it has finished. Shielding (shield): the waiter stops waiting at once and
// the awaited job runs on.
#pragma once

#include <coroutine>
#include <stdexcept>
#include <utility>

#include "coroguard/debug/frame_record.hpp"
#include "coroguard/detail/job.hpp"
#include "coroguard/errors.hpp"
#include "coroguard/event_loop.hpp"

namespace coroguard::detail {

enum class on_cancel : unsigned char { propagate, shield };

// co_await: returns once `target` is done. Throws cancelled_error when the waiter was cancelled,
// unless the target failed with an error of its own (the caller's take() rethrows that one).
template <on_cancel Policy = on_cancel::propagate>
class done_awaiter : completion_waiter, parked_wait {
 public:
  explicit done_awaiter(job* target) noexcept : target_(target) {}
  done_awaiter(done_awaiter&& o) noexcept : target_(o.target_) {}
  // A waiting frame destroyed with the loop leaves the job's waiter list.
  ~done_awaiter() {
    if (target_) target_->remove_waiter(this);
    wait_ended();
  }

  bool await_ready() const noexcept { return !target_ || target_->done(); }

  template <class Promise>
  bool await_suspend(std::coroutine_handle<Promise> awaiting) noexcept {
    if (!park(awaiting)) {
      // Cancelled before waiting: as if cancelled while waiting.
      if constexpr (Policy == on_cancel::shield) return false;
      target_->cancel();
    }
    target_->add_waiter(this);
    edge_.begin(job_, target_);
    return true;
  }

  debug::wait_info debug_wait() const noexcept { return {"join", target_, target_}; }

  void await_resume() const {
    if (cancelled_ && !(target_->done() && target_->failure())) throw cancelled_error{};
  }

 private:
  std::coroutine_handle<> on_done() noexcept override {
    wait_ended();
    return unpark_waiter();
  }

  void wait_ended() noexcept { edge_.end(job_); }

  void abort() noexcept override {
    cancelled_ = true;
    if constexpr (Policy == on_cancel::shield) {
      target_->remove_waiter(this);
      wait_ended();
      event_loop::current().schedule(waiter_);
    } else {
      target_->cancel();  // and keep waiting for it to finish
    }
  }

  job* target_;
  [[no_unique_address]] debug::wait_edge edge_;  // job_ waits for target_ (await-cycle's graph)
};

// co_await: the job's value, or its exception rethrown.
template <class T, on_cancel Policy = on_cancel::propagate>
class join_awaiter : public done_awaiter<Policy> {
 public:
  explicit join_awaiter(job_state<T>* state) noexcept : done_awaiter<Policy>(state), state_(state) {}

  T await_resume() {
    if (!state_) throw std::logic_error("coroguard: co_await on an empty join_handle");
    done_awaiter<Policy>::await_resume();
    return state_->take();
  }

 private:
  job_state<T>* state_;
};

}  // namespace coroguard::detail
