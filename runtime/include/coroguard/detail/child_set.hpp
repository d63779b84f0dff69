// child_set: the jobs a gather or a task_group started, and waiting for all of them.
// Failures are collected in the order they happen (and count as retrieved: the owner reports
// or rethrows them). With fail_fast, the first failure cancels every other child. A cancel of
// the waiting coroutine cancels every child and still waits for all of them to finish, so no
// child outlives the call that started it. A finished child is let go at once (a task group
// that lives as long as a server holds only the tasks still running), and the order children
// finish in is kept only for those who ask (as_completed, when_any).
#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>
#include <memory>
#include <utility>
#include <vector>

#include "coroguard/detail/job.hpp"
#include "coroguard/errors.hpp"

namespace coroguard::detail {

class child_set : parked_wait {
 public:
  explicit child_set(bool fail_fast, bool record_order = false) noexcept
      : fail_fast_(fail_fast), record_order_(record_order) {}
  child_set(const child_set&) = delete;
  child_set& operator=(const child_set&) = delete;
  // Children still running are cancelled; they finish on the loop, unwatched.
  ~child_set() {
    edge_.end(job_);
    for (auto& m : members_)
      if (!m->child->done()) {
        m->child->remove_waiter(m.get());
        m->child->cancel();
      }
  }

  void add(std::shared_ptr<job> child) {
    auto m = std::make_unique<member>();
    m->set = this;
    m->child = std::move(child);
    m->index = added_++;
    m->slot = members_.size();
    m->child->add_waiter(m.get());
    members_.push_back(std::move(m));
    if (failed_ && fail_fast_) members_.back()->child->cancel();
  }

  void cancel_all() noexcept {
    for (auto& m : members_)
      if (!m->child->done()) m->child->cancel();
  }

  std::size_t pending() const noexcept { return members_.size(); }  // finished ones are retired
  std::size_t finished() const noexcept { return added_ - pending(); }
  // The indexes (in order of add) of the children in the order they finished (record_order).
  const std::vector<std::size_t>& done_order() const noexcept { return done_order_; }
  const std::vector<std::exception_ptr>& failures() const noexcept { return failures_; }

  // The children still running, and how many of them must still finish for the wait to end
  // (await-cycle follows these edges).
  template <class F>
  void for_each_running(F&& f) const {
    for (const auto& m : members_) f(m->child.get());
  }
  std::size_t still_needed() const noexcept {
    if (want_ == npos) return pending();
    return want_ > finished() ? want_ - finished() : 0;
  }
  // Can the wait still end if the running children `blocked` picks never finish? (The rule
  // of await-cycle and of deadlocks while the loop runs on.)
  template <class Blocked>
  bool can_end_without(Blocked&& blocked) const {
    std::size_t free = 0;
    for_each_running([&](const job* c) { free += blocked(c) ? 0 : 1; });
    return free >= still_needed();
  }

  // co_await wait(): until every child has finished (wait_any: until one has). Throws
  // cancelled_error when the waiter was cancelled and no child failed (failures are the
  // owner's to report).
  auto wait() noexcept {
    want_ = npos;
    return awaiter{*this};
  }
  // Until `n` children have finished (or all, if fewer were added).
  auto wait_done(std::size_t n) noexcept {
    want_ = n;
    return awaiter{*this};
  }

 private:
  struct awaiter {
    child_set& set;
    bool await_ready() const noexcept { return set.satisfied(); }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> h) noexcept {
      if (!set.park(h)) set.abort();
      if (set.satisfied()) return false;
      set.edge_.begin(set.job_, &set);
      return true;
    }
    debug::wait_info debug_wait() const noexcept { return {"child tasks", &set, nullptr, nullptr, &set}; }
    void await_resume() const {
      set.edge_.end(set.job_);
      set.waiter_ = {};
      if (set.cancelled_ && set.failures_.empty()) throw cancelled_error{};
    }
  };

  bool satisfied() const noexcept { return pending() == 0 || finished() >= want_; }

  struct member : completion_waiter {
    child_set* set = nullptr;
    std::size_t index = 0;  // in order of add
    std::size_t slot = 0;   // in members_
    std::shared_ptr<job> child;
    std::coroutine_handle<> on_done() noexcept override { return set->child_done(*this); }
  };

  std::coroutine_handle<> child_done(member& m) noexcept {
    job& child = *m.child;
    if (record_order_) done_order_.push_back(m.index);
    if (child.failure()) {
      child.mark_retrieved();
      failures_.push_back(child.failure());
      if (fail_fast_ && !failed_) {
        failed_ = true;
        cancel_all();
      }
    }
    retire(m);
    if (!satisfied() || !waiter_) return {};
    return unpark_waiter();
  }

  // Out of members_. Freed one finish later: the job calling on_done is still inside finish(),
  // and the member may hold the last reference to it.
  void retire(member& m) noexcept {
    std::size_t slot = m.slot;
    retired_ = std::move(members_[slot]);
    if (slot != members_.size() - 1) {
      members_[slot] = std::move(members_.back());
      members_[slot]->slot = slot;
    }
    members_.pop_back();
  }

  void abort() noexcept override {
    cancelled_ = true;
    want_ = npos;
    cancel_all();  // and keep waiting for all of them
  }

  std::vector<std::unique_ptr<member>> members_;  // the children still running
  std::unique_ptr<member> retired_;
  std::size_t added_ = 0;
  std::vector<std::exception_ptr> failures_;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::vector<std::size_t> done_order_;
  std::size_t want_ = npos;
  bool fail_fast_;
  bool record_order_;
  bool failed_ = false;
  [[no_unique_address]] debug::wait_edge edge_;  // job_ waits for these children (await-cycle)
};

}  // namespace coroguard::detail
