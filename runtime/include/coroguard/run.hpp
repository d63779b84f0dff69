// run(main): start a loop on this thread, run `main` to completion, return its value or rethrow
// its exception (asyncio.run). Tasks still pending when `main` ends are destroyed with the loop.
#pragma once

#include <memory>
#include <utility>

#include "coroguard/detail/root_task.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

template <class T>
T run(task<T> main) {
  event_loop loop;
  auto state = std::make_shared<detail::join_state<T>>();
  detail::root_task root = detail::drive(std::move(main), state);
  loop.schedule(root.handle);
  loop.run_until([&] { return state->outcome.ready(); });
  return state->take();
}

}  // namespace coroguard
