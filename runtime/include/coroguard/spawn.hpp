// spawn(task) -> join_handle<T>: run a task concurrently (asyncio.create_task).
//
// Ownership: the loop owns the spawned frame; the join_handle shares only the outcome.
// Dropping the handle does not stop the task. If the task fails and no handle ever awaits it,
// the exception is reported when the outcome is dropped, never lost silently.
#pragma once

#include <memory>
#include <stdexcept>
#include <utility>

#include "coroguard/detail/root_task.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

template <class T>
class [[nodiscard]] join_handle {
 public:
  join_handle() noexcept = default;
  explicit join_handle(std::shared_ptr<detail::join_state<T>> state) noexcept
      : state_(std::move(state)) {}

  // True once the task has finished, with a value or an exception.
  bool done() const noexcept { return state_ && state_->outcome.ready(); }

  // Lets the task run on without anyone awaiting it (it stays owned by the loop).
  void detach() noexcept { state_.reset(); }

  // Waits for the task and returns its value or rethrows its exception.
  auto operator co_await() const noexcept { return awaiter{state_.get()}; }

 private:
  struct awaiter {
    detail::join_state<T>* state;
    bool await_ready() const noexcept { return !state || state->outcome.ready(); }
    void await_suspend(std::coroutine_handle<> awaiting) noexcept { state->set_waiter(awaiting); }
    T await_resume() {
      if (!state) throw std::logic_error("coroguard: co_await on an empty join_handle");
      return state->take();
    }
  };

  std::shared_ptr<detail::join_state<T>> state_;
};

// Schedules `t` on the current loop; it starts after the handlers already queued.
template <class T>
[[nodiscard("discarding a join_handle detaches the task; call detach() to say so")]]
join_handle<T> spawn(task<T> t) {
  auto state = std::make_shared<detail::join_state<T>>();
  detail::root_task root = detail::drive(std::move(t), state);
  event_loop::current().schedule(root.handle);
  return join_handle<T>(std::move(state));
}

}  // namespace coroguard
