// `coroguard tasks` in gdb lists the live tasks of a stopped program: a spawned task awaiting
// a nested chain, stopped at a breakpoint in the innermost coroutine.
// RUN: %debug_cxx %s -o %t
// RUN: %gdb -ex 'break stop_here' -ex run -ex 'coroguard tasks' %t 2>&1 | FileCheck %s
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
// CHECK-NEXT: 1  suspended top()     tasks.cpp:24 in main()       tasks.cpp:21  -
// CHECK-NEXT: 2  suspended middle()  tasks.cpp:20 in top()        tasks.cpp:17  -
// CHECK-NEXT: 3  running   leaf()    tasks.cpp:17 in middle()     -             2
// CHECK-NEXT: 3 live task(s)
