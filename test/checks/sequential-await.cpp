// RUN: %check_tidy %s coroguard-sequential-await %t -- -std=c++20 -I %S/Inputs
#include "loop_shapes.h"
#include <string>
#include <vector>

using cppcoro::task;
task<int> fetch(const std::string &url);
task<int> gather_all(std::vector<task<int>> tasks);
task<> log_line(int);

task<int> one_at_a_time(std::vector<std::string> urls) {
  int total = 0;
  for (const auto &url : urls) {
    total += co_await fetch(url);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: coroutine 'one_at_a_time' awaits 'fetch' for one element of the range at a time: the tasks are independent, so start them all and await them together (gather) to overlap their waits [coroguard-sequential-await]
  }
  co_return total;
}

// Not flagged: the task is not made from the element, an iteration may stop the loop, the
// tasks are gathered, or the loop is not a range-for over the elements.
task<int> fine(std::vector<std::string> urls) {
  int total = 0;
  for (const auto &url : urls)
    co_await log_line(total);
  for (const auto &url : urls) {
    int n = co_await fetch(url);
    if (n < 0)
      break;
    total += n;
  }
  std::vector<task<int>> all;
  for (const auto &url : urls)
    all.push_back(fetch(url));
  total += co_await gather_all(std::move(all));
  co_return total;
}
