// RUN: %check_tidy %s coroguard-task-never-awaited %t -- -std=c++20 -I %S/Inputs
#include "loop_shapes.h"
#include <utility>
#include <vector>

using cppcoro::task;
task<int> fetch(int id);
bool ready();
void consume(task<int> t);

task<int> one_branch(bool fast) {
  auto t = fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 't' is not awaited, moved, returned or passed on along every path: where it is not, it is destroyed without having run [coroguard-task-never-awaited]
  if (fast)
    co_return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: on the path that leaves here
  co_return co_await std::move(t);
}

task<> never(int id) {
  auto t = fetch(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 't' is not awaited, moved, returned or passed on along every path
  co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: on the path that leaves here
}

void sync_function() {
  auto t = fetch(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 't' is not awaited
  if (ready())
    consume(std::move(t));
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: on the path that leaves here

// Not flagged: awaited, moved, returned, passed on, stored on every path; default-constructed.
task<int> every_path(bool fast) {
  auto a = fetch(1);
  auto b = fetch(2);
  auto c = fetch(3);
  std::vector<task<int>> later;
  if (fast) {
    consume(std::move(b));
    later.push_back(std::move(c));
  } else {
    co_await std::move(b);
    later.push_back(std::move(c));
  }
  for (int i = 0; i < 3; ++i) {
    auto d = fetch(i);
    co_await std::move(d);
  }
  task<int> empty;
  co_return co_await std::move(a);
}
task<int> returned() {
  auto t = fetch(1);
  return t;
}
