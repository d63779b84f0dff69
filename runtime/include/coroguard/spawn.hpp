// spawn(task) -> join_handle<T>: run a task concurrently as its own job (asyncio.create_task).
//
// Ownership: the loop owns the spawned frame; the join_handle shares only the job and its
// outcome. Dropping the handle does not stop the task. If the task fails and no handle ever
// awaits it, the exception is reported when the outcome is dropped, never lost silently.
#pragma once

#include <memory>
#include <stdexcept>
#include <utility>

#include "coroguard/detail/join.hpp"
#include "coroguard/detail/root_task.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

template <class T>
class join_handle {
 public:
  join_handle() noexcept = default;
  explicit join_handle(std::shared_ptr<detail::job_state<T>> state) noexcept : state_(std::move(state)) {}

  // True once the task has finished, with a value or an exception.
  bool done() const noexcept { return state_ && state_->done(); }

  // Asks the task to stop: cancelled_error is thrown at its current or next suspension point.
  // False when it has already finished (or the handle is empty).
  bool cancel() noexcept { return state_ && state_->cancel(); }

  // Lets the task run on without anyone awaiting it (it stays owned by the loop).
  void detach() noexcept { state_.reset(); }

  // Waits for the task and returns its value or rethrows its exception. Cancelling the awaiting
  // task cancels this one too and waits for it to finish (as awaiting an asyncio Task does).
  auto operator co_await() const noexcept { return detail::join_awaiter<T>{state_.get()}; }

 private:
  std::shared_ptr<detail::job_state<T>> state_;
};

// Schedules `t` on the current loop as its own job; it starts in the loop's next round.
template <class T>
[[nodiscard("discarding a join_handle detaches the task; call detach() to say so")]]
join_handle<T> spawn(task<T> t) {
  return join_handle<T>(detail::start_job(std::move(t)));
}

}  // namespace coroguard
