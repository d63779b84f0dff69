// wait_list: the FIFO of coroutines parked on a semaphore, event, condition or queue.
// A list_waiter lives in the awaiting frame; it is woken (scheduled for the loop's next round)
// by the primitive, or cut short by a cancel of its task, and leaves the list when its frame
// is destroyed.
#pragma once

#include <coroutine>

#include "coroguard/detail/intrusive_list.hpp"
#include "coroguard/detail/job.hpp"
#include "coroguard/errors.hpp"
#include "coroguard/event_loop.hpp"

namespace coroguard::detail {

class wait_list;

class list_waiter : public parked_wait, public list_node<list_waiter> {
 public:
  list_waiter() = default;
  // A copy is a new waiter, in no list yet: its links start empty.
  list_waiter(const list_waiter& o) noexcept : parked_wait(o) {}  // NOLINT(bugprone-copy-constructor-init)
  ~list_waiter();

  // In await_suspend: joins `list` and parks the task. False when a pending cancel is consumed
  // instead (then throw_if_cancelled() throws). `cancellable = false` ignores cancels.
  template <class Promise>
  bool enqueue(wait_list& list, std::coroutine_handle<Promise> h, bool cancellable = true);

  void throw_if_cancelled() const {
    if (cancelled_) throw cancelled_error{};
  }
  bool cancelled() const noexcept { return cancelled_; }

 private:
  friend class wait_list;
  void abort() noexcept override;
  void wake() noexcept {
    if (job_) job_->unpark();
    loop_->schedule(waiter_);
  }

  wait_list* list_ = nullptr;
  event_loop* loop_ = nullptr;
};

class wait_list {
 public:
  wait_list() = default;
  wait_list(const wait_list&) = delete;
  wait_list& operator=(const wait_list&) = delete;
  // Waiters still here outlive the primitive (frames destroyed in any order at shutdown):
  // they must not unlink themselves from it later.
  ~wait_list() {
    while (list_waiter* w = waiters_.pop_front()) w->list_ = nullptr;
  }

  bool empty() const noexcept { return waiters_.empty(); }
  list_waiter* front() const noexcept { return waiters_.front(); }

  void push_back(list_waiter* w) noexcept {
    w->list_ = this;
    waiters_.push_back(w);
  }
  void remove(list_waiter* w) noexcept {
    waiters_.remove(w);
    w->list_ = nullptr;
  }

  // Wakes the first waiter (its wait succeeded); returns it, or nullptr.
  list_waiter* wake_one() noexcept {
    list_waiter* w = waiters_.pop_front();
    if (w) {
      w->list_ = nullptr;
      w->wake();
    }
    return w;
  }
  void wake_all() noexcept {
    while (wake_one()) {}
  }

 private:
  intrusive_list<list_waiter, /*Tail=*/true> waiters_;
};

inline list_waiter::~list_waiter() {
  if (list_) list_->remove(this);
}

inline void list_waiter::abort() noexcept {
  if (list_) list_->remove(this);
  cancelled_ = true;
  loop_->schedule(waiter_);
}

template <class Promise>
bool list_waiter::enqueue(wait_list& list, std::coroutine_handle<Promise> h, bool cancellable) {
  loop_ = &event_loop::current();
  if (cancellable) {
    if (!park(h)) return false;
  } else {
    waiter_ = h;
  }
  list.push_back(this);
  return true;
}

}  // namespace coroguard::detail
