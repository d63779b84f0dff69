// task-never-awaited and unawaited-task on QCoro's real headers: QCoro::Task starts eagerly
// (initial_suspend is suspend_never), so a dropped task has run; its result and exception are lost.
// RUN: %check_tidy %s coroguard-task-never-awaited,coroguard-unawaited-task %t -- -std=c++20 %qcoro_flags
#include <QCoroTask>
#include <QCoroTimer>
#include <QString>
#include <stdexcept>

QCoro::Task<int> fetch(int id);
QCoro::Task<QString> next_line();

QCoro::Task<> dropped() {
  fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited; its result and any exception it throws are lost [coroguard-unawaited-task]
  // CHECK-FIXES: co_await fetch(1);
  auto t = fetch(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 't' is not awaited, moved, returned or passed on along every path: where it is not, it is destroyed with its result and exception unread [coroguard-task-never-awaited]
  if (co_await fetch(3) > 0)
    co_await std::move(t);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: on the path that leaves here

// A loop with constant bounds runs its body: the task is awaited on every path.
QCoro::Task<int> first_lines() {
  auto line = next_line();
  int n = 0;
  for (int i = 0; i < 3; ++i)
    n += (co_await std::move(line)).size();
  co_return n;
}

// A test asserting that creation throws.
QCoro::Task<int> checked(const char *name);
void record_failure(const char *);
#define QFAIL_SHAPE(msg) record_failure(msg)
void creation_throws() {
  try {
    auto t = checked(nullptr);
    QFAIL_SHAPE("checked(nullptr) did not throw");
  } catch (const std::invalid_argument &) {
  }
}
