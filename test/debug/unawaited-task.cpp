// The debug runtime reports a task destroyed without ever starting, compiler-style, at the line
// that created it; awaited and spawned tasks are not reported. The release runtime says nothing.
// RUN: %debug_cxx %s -o %t
// RUN: not %t 2>&1 | FileCheck %s --implicit-check-not='[coroguard-'
// RUN: %release_cxx %s -o %t.release
// RUN: %t.release 2>&1 | FileCheck %s --check-prefix=RELEASE --implicit-check-not='[coroguard-' --implicit-check-not='SUMMARY: coroguard'
#include <coroguard/coroguard.hpp>

#include <cstdio>

coroguard::task<int> fetch(int id) { co_return id * 2; }

coroguard::task<int> handler() {
  fetch(1);
  int a = co_await fetch(2);
  auto h = coroguard::spawn(fetch(3));
  int b = co_await h;
  co_return a + b;
}

int main() {
  int r = coroguard::run(handler());
  std::printf("result %d\n", r);
}

// CHECK: unawaited-task.cpp:[[@LINE-12]]:{{[0-9]+}}: warning: task returned by 'fetch' was destroyed without being awaited; its body never ran [coroguard-unawaited-task]
// CHECK-NEXT: task #{{[0-9]+}} '{{.*}}fetch(int)' (created, never started)
// CHECK-NEXT: coroutine defined at {{.*}}unawaited-task.cpp:[[@LINE-17]]
// CHECK-NEXT: created at:
// CHECK-NEXT: #0 0x{{[0-9a-f]+}} in handler() {{.*}}unawaited-task.cpp:[[@LINE-16]]:{{[0-9]+}}
// CHECK: hint: co_await the task
// CHECK-NEXT: SUMMARY: coroguard: unawaited-task {{.*}}unawaited-task.cpp:[[@LINE-18]]:{{[0-9]+}} in handler()
// CHECK: result 10
// RELEASE: result 10
