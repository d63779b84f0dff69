// The console runs on its own thread: while a task stalls the loop (a step that never yields),
// the documents and the page still load, show the task running for as long as it has, its
// slow-step report, the stall itself, and a task spawned before it that never got to start
// (scheduled all along). SIGTERM ends the stall; the program finishes.
// RUN: %debug_cxx %s -o %t
// RUN: env COROGUARD_OPTIONS=exitcode=0:slow_ms=200 python3 %source_dir/test/browse_console.py --wait 1 -- %t | FileCheck %s
// CHECK:      program: ready
// CHECK:      task #1 amain (suspended) at console-stall.cpp:[[@LINE+30]]:{{[0-9]+}}, waiting for task #3 'grind' (co_await); 1 step(s)
// CHECK-NEXT: task #2 heartbeat (created, never started) scheduled for {{[1-9][0-9][0-9][0-9]+}}ms; 0 step(s)
// CHECK-NEXT: task #3 grind (running) running for {{[1-9][0-9][0-9][0-9]+}}ms, awaited by #1; 1 step(s); warning: a step ran {{.*}} without yielding
// CHECK:      report slow-step: {{.*}}grind
// CHECK:      row #3 grind [running warned] running for {{[0-9.]+}}s
// CHECK:      stall: stalled now: task #3 grind has run {{[0-9.]+}}s without yielding (slow_ms=200)
// CHECK:      program exit 0
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>

using namespace std::chrono_literals;

volatile std::sig_atomic_t stop = 0;

coroguard::task<> heartbeat() { co_await coroguard::sleep(1h); }

coroguard::task<> grind() {
  const auto give_up = std::chrono::steady_clock::now() + 120s;
  while (!stop && std::chrono::steady_clock::now() < give_up) {}  // never yields
  co_return;
}

coroguard::task<> amain() {
  auto beat = coroguard::spawn(heartbeat());
  std::signal(SIGTERM, [](int) { stop = 1; });
  std::puts("ready");
  std::fflush(stdout);
  co_await grind();
  beat.cancel();
  try {
    co_await beat;
  } catch (const coroguard::cancelled_error&) {}
}

int main() { coroguard::run(amain()); }
