// A hand-written task type, no library: a frame released from its task and never destroyed is
// alive at exit (leaked-frame, grouped by creation site, with its bytes); the frames run to
// their end and destroyed are not reported.
// RUN: %san_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// RUN: %san_cxx -O2 %s -o %t.o2
// RUN: sh -c '%t.o2 2> %t.o2.err; true'
// RUN: FileCheck %s < %t.o2.err
// EXIT: exit 23
// CHECK: warning: 3 coroutine frame(s) holding {{[0-9]+}} bytes are still alive at exit; nothing freed them [coroguard-leaked-frame]
// CHECK: 3 frame(s), {{[0-9]+}} bytes: 'produce' created at {{.*}}leaked-plain-task.cpp:[[@LINE+16]]
// CHECK-NOT: warning:
#include <cstdio>

#include "Inputs/plain_task.hpp"

plain_task<int> produce(int n) { co_return n * 2; }

plain_task<int> sum(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) total += co_await produce(i);
  co_return total;
}

int main() {
  std::printf("sum %d\n", sum(4).run());
  for (int i = 0; i < 3; ++i) (void)produce(i).release();  // the bug: nobody destroys these frames
}
