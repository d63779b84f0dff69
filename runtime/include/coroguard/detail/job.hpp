// job: one spawned task (or run's main task) as the loop sees it: the unit that is cancelled,
// and that others wait for. A task awaited with co_await runs in its awaiter's job, as an
// awaited coroutine runs in the awaiting asyncio Task.
//
// Cancellation protocol: a runtime awaitable about to suspend calls park(); if a cancel is
// pending it is consumed there and the awaitable throws cancelled_error instead of suspending.
// While parked, cancel() calls the wait's abort(), which ends the wait soon (never inline) and
// makes the awaitable throw cancelled_error; the cancel is then consumed. A cancel that finds
// the task running stays pending until its next suspension point (asyncio's semantics).
#pragma once

#include <boost/asio/cancellation_signal.hpp>
#include <coroutine>
#include <exception>
#include <utility>

#include "coroguard/debug/frame_record.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/intrusive_list.hpp"
#include "coroguard/detail/result.hpp"
#include "coroguard/errors.hpp"

namespace coroguard::detail {

// A suspension cancellation can cut short.
class cancellable_wait {
 public:
  virtual void abort() noexcept = 0;

 protected:
  ~cancellable_wait() = default;
};

// Someone waiting for a job to finish. on_done returns the coroutine to resume (or null).
class completion_waiter : public list_node<completion_waiter> {
 public:
  virtual std::coroutine_handle<> on_done() noexcept = 0;

 protected:
  ~completion_waiter() = default;

 private:
  friend class job;
};

class job {
 public:
  job() = default;
  job(const job&) = delete;
  job& operator=(const job&) = delete;

  // Asks the task to stop at its current or next suspension point. False if it has finished.
  bool cancel() noexcept {
    if (done_) return false;
    if (wait_) {
      std::exchange(wait_, nullptr)->abort();
    } else {
      cancel_pending_ = true;
    }
    return true;
  }

  // About to suspend in `w`: false when a pending cancel is consumed instead (throw then).
  bool park(cancellable_wait* w) noexcept {
    if (cancel_pending_) {
      cancel_pending_ = false;
      return false;
    }
    wait_ = w;
    return true;
  }
  void unpark() noexcept { wait_ = nullptr; }
  // `w` is going away (its frame is destroyed while it waits): a later cancel must not reach it.
  void forget(const cancellable_wait* w) noexcept {
    if (wait_ == w) wait_ = nullptr;
  }
  // Consumes a pending cancel (a task cancelled before it started never starts).
  bool take_cancel() noexcept { return std::exchange(cancel_pending_, false); }

  bool done() const noexcept { return done_; }
  // How it ended: with an error other than its cancellation (kept here for groups), or cancelled.
  const std::exception_ptr& failure() const noexcept { return failure_; }
  bool ended_cancelled() const noexcept { return ended_cancelled_; }
  void set_failure(std::exception_ptr e) noexcept { failure_ = std::move(e); }
  void set_ended_cancelled() noexcept { ended_cancelled_ = true; }
  // Someone has seen the outcome (or the failure): no "never retrieved" report.
  void mark_retrieved() noexcept { retrieved_ = true; }
  bool retrieved() const noexcept { return retrieved_; }

  void add_waiter(completion_waiter* w) noexcept { waiters_.push_front(w); }
  // A no-op for a waiter that is not waiting (any more).
  void remove_waiter(completion_waiter* w) noexcept {
    if (waiters_.contains(w)) waiters_.remove(w);
  }

  // The task ended: tells every waiter; returns the first coroutine to resume (the others are
  // returned through `schedule`).
  template <class Schedule>
  std::coroutine_handle<> finish(Schedule&& schedule) noexcept {
    done_ = true;
    wait_ = nullptr;
    std::coroutine_handle<> first;
    while (completion_waiter* w = waiters_.pop_front()) {
      if (std::coroutine_handle<> h = w->on_done()) {
        if (!first) first = h;
        else schedule(h);
      }
    }
    return first;
  }

 private:
  cancellable_wait* wait_ = nullptr;
  intrusive_list<completion_waiter> waiters_;
  std::exception_ptr failure_;
  bool cancel_pending_ = false;
  bool done_ = false;
  bool ended_cancelled_ = false;
  bool retrieved_ = false;

 public:
  // The cancellation slot of the Asio operation the job waits in (asio.hpp). A job waits in one
  // place at a time, so one signal serves all its operations, and Asio reuses the memory of its
  // cancellation handler from one operation to the next instead of allocating it for each.
  boost::asio::cancellation_signal asio_cancel;

  // The debug mode's view of the job (empty in a release build).
  [[no_unique_address]] debug::job_state debug;
};

// Called when a failed task's outcome is destroyed unseen: the exception must not vanish.
// `failed` names the task when the exception belongs to a job.
void report_unretrieved_exception(const job& failed, const std::exception_ptr& error) noexcept;
void report_unretrieved_exception(const std::exception_ptr& error) noexcept;

// The job plus the outcome of a task<T>: what join_handle, gather and task_group share.
template <class T>
class job_state : public job {
 public:
  ~job_state() {
    if (failure() && !retrieved()) report_unretrieved_exception(*this, failure());
  }

  T take() {
    mark_retrieved();
    return outcome.take();
  }

  // Stores how the task ended (drive calls these).
  template <class... V>
  void succeed(V&&... v) {
    outcome.set_value(std::forward<V>(v)...);
  }
  void fail(std::exception_ptr e, bool cancelled) noexcept {
    outcome.set_error(e);
    if (cancelled) set_ended_cancelled();
    else set_failure(std::move(e));
  }

  result<T> outcome;
};

// The job a coroutine runs in, when it is one of the runtime's; nullptr otherwise.
template <class Promise>
job* job_of(std::coroutine_handle<Promise> h) noexcept {
  if constexpr (requires { h.promise().current_job(); }) return h.promise().current_job();
  else return nullptr;
}

// What every cancellable runtime awaitable shares: the waiting coroutine, its job, and whether
// the wait was cut short by a cancel.
class parked_wait : public cancellable_wait {
 protected:
  parked_wait() = default;
  parked_wait(const parked_wait&) noexcept {}
  ~parked_wait() {
    if (job_) job_->forget(this);
  }

  // In await_suspend: parks the job on this wait. False when a pending cancel is consumed
  // instead: the awaitable must not suspend, and its await_resume throws cancelled_error.
  template <class Promise>
  bool park(std::coroutine_handle<Promise> h) noexcept {
    waiter_ = h;
    job_ = job_of(h);
    if (job_ && !job_->park(this)) {
      cancelled_ = true;
      return false;
    }
    return true;
  }
  // The wait succeeded: the job is no longer parked; returns the waiter to resume.
  std::coroutine_handle<> unpark_waiter() noexcept {
    if (job_) job_->unpark();
    return waiter_;
  }
  // The same, resuming the waiter here and now.
  void resume_waiter() noexcept { unpark_waiter().resume(); }

  std::coroutine_handle<> waiter_{};
  job* job_ = nullptr;
  bool cancelled_ = false;
};

}  // namespace coroguard::detail
