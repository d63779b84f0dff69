// leaked-frame at loop shutdown: a generator kept outside the loop is suspended in a sleep when
// run() returns. The loop destroyed the task consuming it (pending-task-destroyed), but nothing
// can ever resume or free the generator's frame: reported when the loop stops, not at exit.
// RUN: %debug_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <optional>

using namespace std::chrono_literals;

coroguard::async_generator<int> ticks() {
  for (int i = 0;; ++i) {
    co_await coroguard::sleep(1s);
    co_yield i;
  }
}

// Outlives the loop, and is never freed (destroying it after the loop would touch the loop).
auto* feed = new std::optional<coroguard::async_generator<int>>();

coroguard::task<> consume() {
  feed->emplace(ticks());
  while (auto tick = co_await (*feed)->next()) std::printf("tick %d\n", *tick);
}

coroguard::task<> amain() {
  coroguard::spawn(consume()).detach();
  co_await coroguard::sleep(10ms);
}

int main() {
  coroguard::run(amain());
  std::puts("after run");
}

// EXIT: exit 23
// CHECK: leaked-frame-at-shutdown.cpp:28:{{[0-9]+}}: warning: task 'consume' was destroyed while suspended; the rest of its body never ran [coroguard-pending-task-destroyed]
// CHECK: suspended at {{.*}}leaked-frame-at-shutdown.cpp:28:{{[0-9]+}}, waiting for task #{{[0-9]+}} 'ticks' (next())
// CHECK: leaked-frame-at-shutdown.cpp:27:{{[0-9]+}}: warning: 1 coroutine frame(s) holding {{[0-9]+}} bytes are still suspended after their loop stopped; nothing can resume or free them [coroguard-leaked-frame]
// CHECK-NEXT: task #{{[0-9]+}} 'coroguard::async_generator<int> ticks()' (suspended), frame {{[0-9]+}} bytes
// CHECK: suspended at {{.*}}leaked-frame-at-shutdown.cpp:18:{{[0-9]+}}, waiting for sleep
// CHECK: by creation site:
// CHECK-NEXT: 1 frame(s), {{[0-9]+}} bytes: 'ticks' created at {{.*}}leaked-frame-at-shutdown.cpp:27
// CHECK-NOT: still alive at exit
// OUT: after run
