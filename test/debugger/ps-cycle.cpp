// `coroguard pstree PID` prints an await cycle once, as a line of task ids, instead of looping;
// `coroguard ps` lists the tasks of the cycle, each awaited by the other.
// RUN: %debug_cxx %s -o %t
// RUN: python3 %S/live_ps.py %t -- %coroguard pstree {pid} -- %coroguard ps {pid} -- %coroguard pstree --json {pid} 2>&1 | FileCheck %s
// CHECK: $ pstree {{[0-9]+}}
// CHECK-NEXT: task #1 amain() at ps-cycle.cpp:[[@LINE+51]]
// CHECK-NEXT: cycle: task #2 → #3 → #2
// CHECK-NEXT:     task #2 reader(std::shared_ptr<handles>) at ps-cycle.cpp:[[@LINE+34]]
// CHECK-NEXT:     task #3 writer(std::shared_ptr<handles>) at ps-cycle.cpp:[[@LINE+38]]
// CHECK-NEXT: exit 0
// CHECK: $ ps {{[0-9]+}}
// CHECK: {{^}}2 suspended reader(std::shared_ptr<handles>) {{.*}} task #3 (join) -
// CHECK: {{^}}3 suspended writer(std::shared_ptr<handles>) {{.*}} task #2 (join) -
// CHECK: $ pstree --json {{[0-9]+}}
// CHECK: "cycles": [
// CHECK-NEXT: {
// CHECK-NEXT: "tasks": [
// CHECK-NEXT: 2,
// CHECK-NEXT: 3
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unistd.h>

using namespace std::chrono_literals;

// The test driver closes stdin when the program may finish.
void read_to_end() {
  while (std::getchar() != EOF) {
  }
}

struct handles {
  coroguard::join_handle<void> reader, writer;
};

coroguard::task<> reader(std::shared_ptr<handles> h) {
  co_await coroguard::sleep(1ms);
  co_await h->writer;
}

coroguard::task<> writer(std::shared_ptr<handles> h) {
  co_await coroguard::sleep(2ms);
  co_await h->reader;
}

coroguard::task<> amain() {
  auto h = std::make_shared<handles>();
  h->reader = coroguard::spawn(reader(h));
  h->writer = coroguard::spawn(writer(h));
  co_await coroguard::sleep(20ms);
  std::printf("ready pid=%d\n", getpid());
  std::fflush(stdout);
  co_await coroguard::to_thread(read_to_end);
  std::_Exit(0);  // the cycle can never end: leave without the debug mode's exit reports
}

int main() { coroguard::run(amain()); }
