// A hung service, read from a core file: gdb and lldb list its tasks and their async backtraces
// with the exact lines each waits on, with no live process.
// UNSUPPORTED: sanitizer
// RUN: %debug_cxx %s -o %t
// RUN: rm -f %t.core && %make_core %t %t.core
// RUN: %gdb -ex 'coroguard tasks' -ex 'coroguard bt all' -ex 'coroguard frame 1' %t %t.core 2>&1 | FileCheck %s
// RUN: %lldb -o 'coroguard tasks' -o 'coroguard bt all' -o 'coroguard frame 1' -c %t.core %t 2>&1 | FileCheck %s
// The same program on the release runtime (optimised, with debug info): no registry, so the
// jobs are found from the loop on the main thread's stack, each with its chain of frames.
// RUN: %release_cxx -g %s -o %t.release
// RUN: rm -f %t.release.core && %make_core %t.release %t.release.core
// RUN: %gdb -ex 'coroguard tasks' %t.release %t.release.core 2>&1 | FileCheck %s --check-prefix=RELEASE
// RUN: %lldb -o 'coroguard tasks' -c %t.release.core %t.release 2>&1 | FileCheck %s --check-prefix=RELEASE
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <unistd.h>

// Waits for a reply nobody sends.
coroguard::task<int> read_reply(coroguard::queue<int>& replies) {
  co_return co_await replies.get();
}

coroguard::task<int> handle_request(coroguard::queue<int>& replies) {
  int reply = co_await read_reply(replies);
  co_return reply + 1;
}

// Keeps the loop waiting on a timer, so the hang is not a deadlock the runtime could see.
coroguard::task<> heartbeat() { co_await coroguard::sleep(std::chrono::hours(1)); }

coroguard::task<> serve() {
  coroguard::queue<int> replies(4);
  int attempts = 3;
  auto request = coroguard::spawn(handle_request(replies));
  auto beat = coroguard::spawn(heartbeat());
  co_await coroguard::sleep(std::chrono::milliseconds(10));
  std::printf("hung pid=%d\n", static_cast<int>(getpid()));
  std::fflush(stdout);
  co_await request;
  co_await beat;
  std::printf("%d\n", attempts);
}

int main() { coroguard::run(serve()); }

// CHECK:      Id State Coroutine Created at Suspended at Awaited by
// CHECK-NEXT: 1 suspended serve() core-file.cpp:46 in main() core-file.cpp:41 -
// CHECK-NEXT: 2 suspended handle_request(coroguard::queue<int>&) core-file.cpp:36 in serve() core-file.cpp:26 -
// CHECK-NEXT: 3 suspended heartbeat() core-file.cpp:37 in serve() core-file.cpp:31 -
// (GCC's line table gives the closing brace, line 28, for a coroutine created inside co_await.)
// CHECK-NEXT: 4 suspended read_reply(coroguard::queue<int>&) core-file.cpp:{{26|28}} in handle_request(coroguard::queue<int>&) core-file.cpp:22 2
// CHECK-NEXT: 4 live task(s)

// One async backtrace per innermost task, across the spawn of handle_request.
// CHECK:      Async backtrace of task #3:
// CHECK-NEXT: #0 task #3 heartbeat() at core-file.cpp:31
// CHECK-NEXT: Async backtrace of task #4:
// CHECK-NEXT: #0 task #4 read_reply(coroguard::queue<int>&) at core-file.cpp:22
// CHECK-NEXT: #1 task #2 handle_request(coroguard::queue<int>&) at core-file.cpp:26
// CHECK-NEXT: #2 task #1 serve() at core-file.cpp:41 [joins task #2]

// The frame of serve(): its promise, and its locals as the printers show them.
// CHECK:      Task #1 serve() (suspended at core-file.cpp:41), frame at 0x{{[0-9a-f]+}}, type _Z5servev.{{Frame|coro_frame_ty}}
// CHECK-NEXT: promise = {{.*}}id_ = 1{{[,}]}}
// CHECK-NEXT: locals kept in the frame:
// CHECK-DAG:  replies = coroguard::queue (0 of 4 item(s))
// CHECK-DAG:  attempts = 3
// CHECK-DAG:  request = coroguard::join_handle of task #2 handle_request(coroguard::queue<int>&) (not done)
// CHECK-DAG:  beat = coroguard::join_handle of task #3 heartbeat() (not done)
// CHECK:      compiler temporaries

// RELEASE:      Event loop 0x{{[0-9a-f]+}}: 3 job(s). Release runtime
// RELEASE-NEXT: Job 1 (0x{{[0-9a-f]+}}), waits in join:
// RELEASE-NEXT: #0 frame 0x{{[0-9a-f]+}} serve()
// RELEASE-NEXT: #1 (job root)
// RELEASE-NEXT: Job 2 (0x{{[0-9a-f]+}}), waits in queue:
// RELEASE-NEXT: #0 frame 0x{{[0-9a-f]+}} read_reply(coroguard::queue<int>&)
// RELEASE-NEXT: #1 frame 0x{{[0-9a-f]+}} handle_request(coroguard::queue<int>&)
// RELEASE-NEXT: #2 (job root)
// RELEASE-NEXT: Job 3 (0x{{[0-9a-f]+}}), waits in sleep:
// RELEASE-NEXT: #0 frame 0x{{[0-9a-f]+}} heartbeat()
// RELEASE-NEXT: #1 (job root)
