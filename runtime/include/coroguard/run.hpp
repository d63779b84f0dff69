// run(main): start a loop on this thread, run `main` to completion, return its value or rethrow
// its exception (asyncio.run). Tasks still pending when `main` ends are destroyed with the loop.
#pragma once

#include <utility>

#include "coroguard/detail/root_task.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

template <class T>
T run(task<T> main, run_options options = {}) {
  event_loop loop(options);
  auto state = detail::start_job(std::move(main));
  loop.run_until([&] { return state->done(); });
  return state->take();
}

}  // namespace coroguard
