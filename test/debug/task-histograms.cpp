// The per-task histograms and tokio-console's warnings, on the virtual clock where each step
// takes no logical time: every step and every wake by the loop lands in the first bucket (a
// task resumed by the task it awaited was not woken by the loop), a task that yields with
// sleep(0) wakes itself at each step and is warned about, and dump_tasks() shows it per task
// and per coroutine function (live and ended frames together).
// RUN: %debug_cxx %s -o %t
// RUN: %t 2>&1 | FileCheck %s
// CHECK:      #2 spinner (suspended) {{.*}}; busy 0s, idle 10.0ms, scheduled 0s, 13 steps, longest step 0s — warning: keeps rescheduling itself: woke itself in 12 of 12 wakes
// CHECK:      #3 sleeper (suspended) {{.*}}; busy 0s, idle 10.0ms, scheduled 0s, 2 steps, longest step 0s{{$}}
// CHECK:      coroguard: time by coroutine (live and ended frames)
// CHECK-NEXT:   quick: 3 frame(s), 0 live; busy 0s, idle 0s, scheduled 0s, 3 steps, longest step 0s
// CHECK-NEXT:     step durations: <1us 3
// CHECK-NEXT:     wake latency:   none
// CHECK-NEXT:   amain: 1 frame(s), 1 live;
// CHECK:        sleeper: 1 frame(s), 1 live; busy 0s, idle 10.0ms, scheduled 0s, 2 steps, longest step 0s
// CHECK-NEXT:     step durations: <1us 2
// CHECK-NEXT:     wake latency:   <1us 2
// CHECK-NEXT:   spinner: 1 frame(s), 1 live; busy 0s, idle 10.0ms, scheduled 0s, 13 steps, longest step 0s
// CHECK-NEXT:     step durations: <1us 13
// CHECK-NEXT:     wake latency:   <1us 13
#include <coroguard/coroguard.hpp>

#include <chrono>

using namespace std::chrono_literals;

coroguard::task<> spinner() {
  for (int i = 0; i < 12; ++i) co_await coroguard::sleep(0ms);
  co_await coroguard::sleep(20ms);
}

coroguard::task<> sleeper() {
  co_await coroguard::sleep(5ms);
  co_await coroguard::sleep(20ms);
}

coroguard::task<> quick() { co_return; }

coroguard::task<> amain() {
  auto s = coroguard::spawn(spinner());
  auto z = coroguard::spawn(sleeper());
  for (int i = 0; i < 3; ++i) co_await quick();
  co_await coroguard::sleep(10ms);
  coroguard::debug::dump_tasks();
  co_await s;
  co_await z;
}

int main() { coroguard::run(amain(), {.virtual_clock = true}); }
