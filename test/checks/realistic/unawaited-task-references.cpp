// unawaited-task on real headers (Boost.Asio's awaitable, the standard containers): a call that
// returns a reference to a stored task discards nothing.
// RUN: %check_tidy %s coroguard-unawaited-task %t -- -std=c++20
#include <boost/asio.hpp>
#include <deque>
#include <optional>
#include <vector>

namespace net = boost::asio;

net::awaitable<int> work(int i) { co_return i; }

net::awaitable<void> fan_out() {
  std::vector<net::awaitable<int>> tasks;
  for (int i = 0; i < 3; ++i)
    tasks.emplace_back(work(i));
  std::deque<net::awaitable<int>> queue;
  queue.emplace_front(work(4));
  std::optional<net::awaitable<int>> maybe;
  maybe.emplace(work(5));
  for (auto &t : tasks)
    co_await std::move(t);
  // Still a task thrown away:
  work(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'work' is never awaited; it will not run [coroguard-unawaited-task]
  // CHECK-FIXES: co_await work(6);
}
