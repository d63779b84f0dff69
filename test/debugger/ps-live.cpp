// `coroguard ps PID` and `coroguard pstree PID` on a running program: its tasks are listed with
// the exact lines they are suspended at while the program keeps running (a churn task creates
// and destroys frames all the while, so the reads race the registry's changes), and it
// finishes normally afterwards, unharmed (the churn task may be caught mid-step: running). `pstree` nests each task under the one waiting for it.
// RUN: %debug_cxx %s -o %t
// RUN: env COROGUARD_OPTIONS=slow_ms=0 python3 %S/live_ps.py %t -- %coroguard ps {pid} -- %coroguard pstree {pid} -- %coroguard ps --json {pid} -- %coroguard ps --times {pid} | FileCheck %s
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <unistd.h>

using namespace std::chrono_literals;

// The test driver closes stdin when the program may finish.
void read_to_end() {
  while (std::getchar() != EOF) {
  }
}

coroguard::event stop;

coroguard::task<int> read_request(int id) {
  co_await stop.wait();
  co_return id;
}

coroguard::task<> session(int id) {
  int request = co_await read_request(id);
  std::printf("session %d: %d\n", id, request);
}

// Frames come and go while coroguard ps reads the registry.
coroguard::task<> churn() {
  while (!stop.is_set()) {
    co_await coroguard::spawn([]() -> coroguard::task<> { co_await coroguard::sleep(0ms); }());
  }
}

// One step that runs 150 ms without suspending: what `ps --times` warns of.
coroguard::task<> grinder() {
  const auto start = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - start < 150ms) {
  }
  co_await stop.wait();
}

coroguard::task<> serve() {
  auto sessions = coroguard::spawn(session(1));
  auto busy = coroguard::spawn(churn());
  co_await coroguard::sleep(20ms);
  auto slow = coroguard::spawn(grinder());
  co_await coroguard::sleep(1ms);
  std::printf("ready pid=%d\n", getpid());
  std::fflush(stdout);
  co_await coroguard::to_thread(read_to_end);
  stop.set();
  co_await sessions;
  co_await busy;
  co_await slow;
}

int main() { coroguard::run(serve()); }

// CHECK: $ ps {{[0-9]+}}
// CHECK: Id State Coroutine Created at Suspended at Waiting on Awaited by
// CHECK-DAG: {{^}}1 suspended serve() ps-live.cpp:[[@LINE-4]] in main() ps-live.cpp:[[@LINE-11]] work on a thread pool -
// CHECK-DAG: {{^}}2 suspended session(int) ps-live.cpp:[[@LINE-19]] in serve() ps-live.cpp:[[@LINE-39]] task #4 (co_await) -
// CHECK-DAG: {{^}}3 {{suspended|running}} churn() ps-live.cpp:[[@LINE-19]] in serve()
// CHECK-DAG: {{^}}4 suspended read_request(int) ps-live.cpp:{{[0-9]+}} in session(int) ps-live.cpp:[[@LINE-46]] event 0x{{[0-9a-f]+}} 2
// CHECK: live task(s)
// CHECK-NEXT: exit 0
// CHECK: $ pstree {{[0-9]+}}
// CHECK-NEXT: task #1 serve() at ps-live.cpp:[[@LINE-18]]
// CHECK: task #2 session(int) at ps-live.cpp:[[@LINE-46]]
// CHECK-NEXT: └── task #4 read_request(int) at ps-live.cpp:[[@LINE-52]]
// CHECK: exit 0
// CHECK: $ ps --json {{[0-9]+}}
// CHECK: "function": "coroguard::task<int> read_request(int)"
// CHECK: exit 0
// CHECK: $ ps --times {{[0-9]+}}
// CHECK: Id State Coroutine Created at Suspended at Waiting on Awaited by Busy Idle Scheduled Steps Longest step Warning
// CHECK: suspended grinder() {{.*}} - {{[0-9.]+}}ms {{[0-9.]+m?s}} {{[0-9.]+[mun]?s}} 1 {{[0-9.]+}}ms a step ran {{[0-9.]+}}ms without yielding
// CHECK: Step durations | wake latency (from being woken to running):
// CHECK: #{{[0-9]+}} grinder(): 100ms-1s 1 | {{(<1us|1-10us|10-100us|100us-1ms|1-10ms|10-100ms) 1}}
// CHECK: exit 0
// CHECK: program: session 1: 1
// CHECK-NEXT: program exit 0
