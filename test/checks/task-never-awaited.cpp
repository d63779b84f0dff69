// RUN: %check_tidy %s coroguard-task-never-awaited %t -- -std=c++20 -I %S/Inputs
#include "loop_shapes.h"
#include <stdexcept>
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

// A loop that runs at least once (constant bounds) uses the task on every path; one whose bound
// is not known may run zero times.
struct stream {
  task<int> next();
};
task<int> first_ten(stream &g) {
  auto t = g.next();
  for (int i = 0; i < 10; ++i)
    co_await std::move(t);
  co_return 0;
}
task<int> first_n(stream &g, int n) {
  auto t = g.next();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 't' is not awaited
  for (int i = 0; i < n; ++i)
    co_await std::move(t);
  co_return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: on the path that leaves here
}
task<int> none_of_ten(stream &g) {
  auto t = g.next();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 't' is not awaited
  for (int i = 10; i < 10; ++i)
    co_await std::move(t);
  co_return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: on the path that leaves here
}

// A test asserting that creating the task throws: the task is not meant to exist.
void record_failure(const char *);
void note_created();
#define FAIL(msg) record_failure(msg)
task<int> make_checked(const char *name); // throws on a null name
void creation_throws() {
  try {
    auto t = make_checked(nullptr);
    FAIL("make_checked did not throw");
  } catch (const std::exception &) {
  }
  try {
    auto t = make_checked(nullptr);
    throw std::logic_error("make_checked did not throw");
  } catch (const std::invalid_argument &) {
  }
  try {
    auto t = make_checked("ok"); // a try that only logs: the task is still dropped
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task 't' is not awaited
    note_created();
  } catch (...) {
  }
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: on the path that leaves here
