// shield(t): await t, but a cancel of the awaiting task does not reach t (asyncio.shield).
// The awaiting task gets cancelled_error at once; t runs on as its own job, owned by the loop,
// and a failure of it is reported as never retrieved rather than lost.
#pragma once

#include <utility>

#include "coroguard/detail/join.hpp"
#include "coroguard/detail/root_task.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

template <class T>
task<T> shield(task<T> inner) {
  auto state = detail::start_job(std::move(inner));
  co_return co_await detail::join_awaiter<T, detail::on_cancel::shield>(state.get());
}

}  // namespace coroguard
