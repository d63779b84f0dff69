// `coroguard tasks` in gdb lists the live tasks of a stopped program: a spawned task awaiting
// a nested chain, stopped at a breakpoint in the innermost coroutine.
// RUN: %debug_cxx %s -o %t
// RUN: %gdb -ex 'break stop_here' -ex run -ex 'coroguard tasks' %t 2>&1 | FileCheck %s
// RUN: %gdb -ex 'break stop_here' -ex run -ex 'coroguard bt' -ex 'coroguard bt 1' -ex 'coroguard bt 9' %t 2>&1 | FileCheck %s --check-prefix=BT
// RUN: not %gdb -ex 'break stop_here' -ex run -ex 'coroguard bt x' %t 2>&1 | FileCheck %s --check-prefix=BADID
#include <coroguard/coroguard.hpp>

#include <chrono>

[[gnu::noinline]] void stop_here() { asm volatile(""); }

coroguard::task<int> leaf() {
  co_await coroguard::sleep(std::chrono::milliseconds(1));
  stop_here();
  co_return 1;
}

coroguard::task<int> middle() { co_return co_await leaf() + 1; }

coroguard::task<int> top() {
  auto h = coroguard::spawn(middle());
  co_return co_await h;
}

int main() { return coroguard::run(top()) == 2 ? 0 : 1; }

// CHECK: Id State     Coroutine Created at                   Suspended at  Awaited by
// CHECK-NEXT: 1  suspended top()     tasks.cpp:26 in main()       tasks.cpp:23  -
// CHECK-NEXT: 2  suspended middle()  tasks.cpp:22 in top()        tasks.cpp:19  -
// CHECK-NEXT: 3  running   leaf()    tasks.cpp:19 in middle()     -             2
// CHECK-NEXT: 3 live task(s)

// The async backtrace of the running task: each frame with the line it waits at, across the
// spawn (middle is the first frame of a job that top joins).
// BT: Async backtrace of task #3:
// BT-NEXT: #0 task #3 leaf() (running)
// BT-NEXT: #1 task #2 middle() at tasks.cpp:19
// BT-NEXT: #2 task #1 top() at tasks.cpp:23 [joins task #2]
// BT-NEXT: Async backtrace of task #1:
// BT-NEXT: #0 task #1 top() at tasks.cpp:23
// BT-NEXT: No live coroguard task #9.
// BADID: coroguard bt: 'x' is not a task id (or 'all')
