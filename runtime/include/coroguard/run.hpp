// run(main): start a loop on this thread, run `main` to completion, return its value or rethrow
// its exception (asyncio.run). Tasks still pending when `main` ends are destroyed with the loop.
// run(main, {.loops = N}): N loops, on this thread and N-1 more (coroguard/loops.hpp); when main
// ends, the other loops stop first, each destroying its pending tasks on its own thread.
#pragma once

#include <optional>
#include <utility>

#include "coroguard/detail/loop_group.hpp"
#include "coroguard/detail/root_task.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

template <class T>
T run(task<T> main, run_options options = {}) {
  event_loop loop(options);
  std::optional<detail::loop_group> others;
  if (options.loops > 1) others.emplace(loop, options);
  auto state = detail::start_job(std::move(main));
  loop.run_until([&] { return state->done(); });
  others.reset();
  return state->take();
}

}  // namespace coroguard
