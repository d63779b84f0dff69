// Per-task time accounting on the virtual clock, where the figures are exact: a task's idle
// time is the sum of its sleeps, its steps take no logical time, and dump_tasks() counts the
// state a task is in up to the moment of the dump.
// RUN: %debug_cxx %s -o %t
// RUN: %t 2>&1 | FileCheck %s
// CHECK: #2 worker (suspended) at {{.*}}task-times.cpp:[[@LINE+10]]:{{[0-9]+}}, waiting for sleep{{.*}}; busy 0s, idle 20.0ms, scheduled 0s, 2 steps, longest step 0s
// CHECK: #3 late (created, never started){{.*}}; busy 0s, idle 0s, scheduled 0s, 0 steps, longest step 0s
#include <coroguard/coroguard.hpp>

#include <chrono>

using namespace std::chrono_literals;

coroguard::task<> worker() {
  co_await coroguard::sleep(10ms);
  co_await coroguard::sleep(25ms);
}

coroguard::task<> late() { co_return; }

coroguard::task<> amain() {
  auto w = coroguard::spawn(worker());
  co_await coroguard::sleep(20ms);
  auto l = coroguard::spawn(late());
  coroguard::debug::dump_tasks();
  co_await w;
  co_await l;
}

int main() { coroguard::run(amain(), {.virtual_clock = true}); }
