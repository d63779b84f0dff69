// task_group: structured concurrency (asyncio.TaskGroup).
//
//   co_await coroguard::with_task_group([&](coroguard::task_group& g) -> task<> {
//     g.spawn(fetch(1));
//     g.spawn(fetch(2));
//     co_return;
//   });
//
// with_task_group runs the body as a member of the group and returns once every member has
// finished. The first failure cancels all the others (the body too); the call then throws
// task_group_error holding every failure, in the order they happened. Cancelling the caller
// cancels every member and waits for them, then throws cancelled_error.
// A task_group used by hand must be joined (co_await g.join()); destroyed with members still
// running, it cancels them and they finish on the loop unwatched.
#pragma once

#include <utility>

#include "coroguard/detail/child_set.hpp"
#include "coroguard/detail/root_task.hpp"
#include "coroguard/errors.hpp"
#include "coroguard/spawn.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

class task_group {
 public:
  task_group() = default;
  task_group(const task_group&) = delete;
  task_group& operator=(const task_group&) = delete;

  // Starts `t` as a member (in the loop's next round). The handle is optional: the group
  // already waits for the member and collects its failure.
  template <class T>
  join_handle<T> spawn(task<T> t) {
    auto state = detail::start_job(std::move(t));
    members_.add(state);
    return join_handle<T>(std::move(state));
  }

  // Cancels every member still running.
  void cancel() noexcept { members_.cancel_all(); }

  std::size_t running() const noexcept { return members_.pending(); }

  // Waits until every member, including those spawned meanwhile, has finished.
  task<void> join() {
    co_await members_.wait();
    if (!members_.failures().empty()) throw task_group_error(members_.failures());
  }

 private:
  detail::child_set members_{/*fail_fast=*/true};
};

template <class Body>
auto with_task_group(Body body) -> decltype(body(std::declval<task_group&>())) {
  task_group group;
  auto result = group.spawn(body(group));
  co_await group.join();
  co_return co_await result;
}

}  // namespace coroguard
