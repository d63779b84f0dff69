// Every core: run(main, {.loops = N}) runs N event loops on N threads (Seastar's shard per core).
// Loop 0 is the calling thread's and runs `main`; the others wait for work. A task stays on the
// loop it started on; to hand work to another loop, await it there:
//   int n = co_await coroguard::to_loop(1, count_words(text));   // runs on loop 1, resumes here
//   co_await coroguard::on_every_loop([](std::size_t i) { return serve_shard(i); });
// Each loop's sockets, timers and queues are its own: a shard binds its own listener (with
// reuse_port, the kernel spreads the connections over the shards' listeners).
// A cancel of the awaiting task cancels the task on the other loop and waits for it to finish.
#pragma once

#include <coroutine>
#include <cstddef>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>

#include "coroguard/detail/job.hpp"
#include "coroguard/detail/root_task.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/gather.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

// The loops of the current run (1 without {.loops = N}), and the index of the current one.
inline std::size_t loop_count() { return event_loop::current().loop_count(); }
inline std::size_t this_loop() { return event_loop::current().index(); }

namespace detail {

// co_await: `t` run as a job of loop `there`; the value (or exception) comes back here. The
// job's state is shared between the two loops' threads only through their posts.
template <class T>
class cross_loop_awaiter : completion_waiter, parked_wait {
 public:
  cross_loop_awaiter(event_loop& there, task<T> t) : there_(there), task_(std::move(t)) {}
  cross_loop_awaiter(cross_loop_awaiter&& o) noexcept : there_(o.there_), task_(std::move(o.task_)) {}

  bool await_ready() const noexcept { return false; }

  template <class Promise>
  bool await_suspend(std::coroutine_handle<Promise> h) {
    if (!park(h)) return false;
    here_ = &event_loop::current();
    // The awaiting loop is not idle (nor deadlocked) while the other loop works for it.
    guard_.emplace(boost::asio::make_work_guard(here_->context()));
    there_.post_from_any_thread([this] {
      state_ = start_job(std::move(task_));
      state_->add_waiter(this);
    });
    return true;
  }

  // Not a wait on an object of this loop: nothing here can end it, the other loop does.
  debug::wait_info debug_wait() const noexcept { return {.what = "a task on another loop", .other_thread = true}; }

  T await_resume() {
    if (cancelled_ && !(state_->done() && state_->failure())) throw cancelled_error{};
    return state_->take();
  }

 private:
  // On the other loop's thread: the job ended; back to the awaiting loop.
  std::coroutine_handle<> on_done() noexcept override {
    here_->post_from_any_thread([this] {
      guard_.reset();
      here_->schedule(unpark_waiter());
    });
    return {};
  }

  // On the awaiting loop: the cancel goes to the other loop (after the start: posts from one
  // thread keep their order), and the awaiter keeps waiting for the job to end.
  void abort() noexcept override {
    cancelled_ = true;
    there_.post_from_any_thread([this] { state_->cancel(); });
  }

  event_loop& there_;
  event_loop* here_ = nullptr;
  task<T> task_;
  std::shared_ptr<job_state<T>> state_;
  std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> guard_;
};

}  // namespace detail

// Runs `t` on loop `index` (of this run's loops; std::out_of_range otherwise) and waits for it
// here. On the current loop it is a plain co_await.
template <class T>
task<T> to_loop(std::size_t index, task<T> t) {
  event_loop* there;
  try {
    there = &event_loop::current().loop_at(index);
  } catch (...) {
    t.abandon_unstarted();  // the exception says it: not also an unawaited task
    throw;
  }
  if (there == &event_loop::current()) co_return co_await std::move(t);
  co_return co_await detail::cross_loop_awaiter<T>(*there, std::move(t));
}

// Runs make(i) on each loop i and waits for all of them (gather's rules: the first failure
// cancels the others and is rethrown).
template <class Make>
task<> on_every_loop(Make make) {
  std::vector<task<>> shards;
  for (std::size_t i = 0; i < loop_count(); ++i) shards.push_back(to_loop(i, make(i)));
  co_await gather(std::move(shards));
}

}  // namespace coroguard
