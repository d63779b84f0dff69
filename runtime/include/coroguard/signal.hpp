// wait_for_signal({SIGINT, SIGTERM}): suspend until one of the signals arrives; returns its
// number (loop.add_signal_handler). The handler runs on the loop, not in signal context, so the
// task may do anything, such as cancelling the work and running cleanup for a graceful shutdown.
#pragma once

#include <boost/asio/signal_set.hpp>
#include <vector>

#include "coroguard/asio.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

inline task<int> wait_for_signal(std::vector<int> signals) {
  boost::asio::signal_set set(event_loop::current().context());
  for (int s : signals) set.add(s);
  co_return co_await set.async_wait(use_task);
}

}  // namespace coroguard
