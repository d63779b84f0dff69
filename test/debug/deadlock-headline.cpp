// deadlock whose oldest waiting frame is the runtime's own (a task group's join): the headline
// and the "would wait forever" line name the user's co_await of with_task_group, not
// task_group.hpp.
// RUN: %debug_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// EXIT: exit 23
// CHECK: deadlock-headline.cpp:[[@LINE+16]]:{{[0-9]+}}: warning: deadlock: {{.*}}; task 'amain' would wait forever [coroguard-deadlock]
// CHECK: SUMMARY: coroguard: deadlock {{.*}}deadlock-headline.cpp:[[@LINE+15]]:{{[0-9]+}} in amain
#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <stdexcept>

coroguard::task<> wait_for(coroguard::event& e) { co_await e.wait(); }

coroguard::task<> amain() {
  coroguard::event never_set;
  auto body = [&](coroguard::task_group& g) -> coroguard::task<> {
    g.spawn(wait_for(never_set));
    g.spawn(wait_for(never_set));
    co_return;
  };
  co_await coroguard::with_task_group(body);
}

int main() {
  try {
    coroguard::run(amain());
  } catch (const std::runtime_error& e) {
    std::printf("run: %s\n", e.what());
  }
}
