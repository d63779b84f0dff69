// dump_tasks() prints the live tasks as a tree by awaited-by (like `python -m asyncio pstree`),
// dump_memory() the live frames by creation site; dump_signal=N prints both on signal N.
// RUN: %debug_cxx %s -o %t
// RUN: env COROGUARD_OPTIONS=slow_ms=0 %t 2>&1 | FileCheck %s
// RUN: env COROGUARD_OPTIONS=dump_signal=10:slow_ms=0 %t signal 2>&1 | FileCheck %s --check-prefix=SIGNAL
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <csignal>
#include <cstring>

using namespace std::chrono_literals;

bool by_signal = false;

coroguard::task<int> leaf(int i) {
  co_await coroguard::sleep(10ms);
  co_return i;
}

coroguard::task<int> branch() {
  int first = co_await leaf(1);  co_return first + co_await leaf(2);
}

coroguard::task<> inspector() {
  co_await coroguard::sleep(1ms);
  if (by_signal) {
    std::raise(SIGUSR1);
    co_await coroguard::sleep(5ms);  // the dump runs on the loop thread between steps
  } else {
    coroguard::debug::dump_tasks();
    coroguard::debug::dump_memory();
  }
}

coroguard::task<> amain() {
  auto worker = coroguard::spawn(branch());
  co_await inspector();
  co_await worker;
}

int main(int argc, char** argv) {
  by_signal = argc > 1 && std::strcmp(argv[1], "signal") == 0;
  coroguard::run(amain());
}

// CHECK: coroguard: 4 live task(s)
// CHECK-NEXT: ├── #1 amain (suspended) at {{.*}}dump-tasks.cpp:38:{{[0-9]+}}, waiting for task #3 'inspector' (co_await) — created in main at {{.*}}dump-tasks.cpp:44
// CHECK-NEXT: │   └── #3 inspector (running) — created in amain() at {{.*}}dump-tasks.cpp:{{[0-9]+}}
// CHECK-NEXT: └── #2 branch (suspended) at {{.*}}dump-tasks.cpp:22:{{[0-9]+}}, waiting for task #4 'leaf' (co_await) — created in amain() at {{.*}}dump-tasks.cpp:37
// CHECK-NEXT:     └── #4 leaf (suspended) at {{.*}}dump-tasks.cpp:17:{{[0-9]+}}, waiting for sleep — created in branch() at {{.*}}dump-tasks.cpp:{{[0-9]+}}
// CHECK: coroguard: coroutine frame memory: 4 live frame(s), {{[0-9]+}} bytes
// CHECK-NEXT: live bytes peak live peak bytes created coroutine, created at
// CHECK-DAG: 1 {{[0-9]+}} 1 {{[0-9]+}} 1 amain, main {{.*}}dump-tasks.cpp:44
// CHECK-DAG: 1 {{[0-9]+}} 1 {{[0-9]+}} 1 inspector, amain()

// SIGNAL: coroguard: {{[0-9]+}} live task(s)
// SIGNAL: #2 branch
// SIGNAL: coroguard: coroutine frame memory:
