// `coroguard tasks`, `bt` and `frame` in gdb and in lldb, over a program stopped at a breakpoint
// in the innermost coroutine of a nested await chain that crosses a spawn.
// RUN: %debug_cxx %s -o %t
// RUN: %gdb -ex 'break stop_here' -ex run -ex 'coroguard tasks' -ex 'coroguard bt' -ex 'coroguard bt 1' -ex 'coroguard bt 9' -ex 'coroguard frame 1' -ex 'coroguard frame 9' %t 2>&1 | FileCheck %s
// RUN: %lldb -o 'b stop_here' -o run -o 'coroguard tasks' -o 'coroguard bt' -o 'coroguard bt 1' -o 'coroguard bt 9' -o 'coroguard frame 1' -o 'coroguard frame 9' %t 2>&1 | FileCheck %s
// Usage errors are errors (a non-zero exit in batch mode), with the usage where it helps.
// RUN: not %gdb -ex 'break stop_here' -ex run -ex 'coroguard bt x' %t 2>&1 | FileCheck %s --check-prefix=BADID
// RUN: not %lldb -o 'b stop_here' -o run -o 'coroguard bt x' %t 2>&1 | FileCheck %s --check-prefix=BADID
// RUN: not %gdb -ex 'break stop_here' -ex run -ex 'coroguard' -ex 'coroguard threads' %t 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: not %lldb -o 'b stop_here' -o run -o 'coroguard' -o 'coroguard threads' %t 2>&1 | FileCheck %s --check-prefix=USAGE
// Release runtime: `bt` starts at the coroutine on the selected stack, the printers name the
// coroutine of a task and give its frame.
// RUN: %release_cxx -g -O0 %s -o %t.release
// RUN: %gdb -ex 'break stop_here' -ex run -ex 'coroguard bt' -ex 'coroguard tasks' %t.release 2>&1 | FileCheck %s --check-prefix=RELEASE
// RUN: %lldb -o 'b stop_here' -o run -o 'coroguard bt' -o 'coroguard tasks' %t.release 2>&1 | FileCheck %s --check-prefix=RELEASE
// gdb loads the commands by itself from the program's .debug_gdb_scripts once auto-load allows it.
// RUN: %plain_gdb -iex 'add-auto-load-safe-path %source_dir/debugger' -ex 'break stop_here' -ex run -ex 'coroguard tasks' %t 2>&1 | FileCheck %s --check-prefix=AUTOLOAD
#include <coroguard/coroguard.hpp>

#include <chrono>

[[gnu::noinline]] void stop_here() { asm volatile(""); }

coroguard::task<int> leaf() {
  co_await coroguard::sleep(std::chrono::milliseconds(1));
  stop_here();
  co_return 1;
}

coroguard::task<int> middle() { co_return co_await leaf() + 1; }

coroguard::task<int> top() {
  int retries = 2;
  auto h = coroguard::spawn(middle());
  co_return co_await h + retries - 2;
}

int main() { return coroguard::run(top()) == 2 ? 0 : 1; }

// CHECK:      Id State     Coroutine Created at                   Suspended at  Awaited by
// CHECK-NEXT: 1  suspended top()     tasks.cpp:38 in main()       tasks.cpp:35  -
// CHECK-NEXT: 2  suspended middle()  tasks.cpp:34 in top()        tasks.cpp:30  -
// CHECK-NEXT: 3  running   leaf()    tasks.cpp:30 in middle()     -             2
// CHECK-NEXT: 3 live task(s)

// The async backtrace of the running task: each frame with the line it waits at, across the
// spawn (middle is the first frame of a job that top joins).
// CHECK:      Async backtrace of task #3:
// CHECK-NEXT: #0 task #3 leaf() (running)
// CHECK-NEXT: #1 task #2 middle() at tasks.cpp:30
// CHECK-NEXT: #2 task #1 top() at tasks.cpp:35 [joins task #2]
// CHECK:      Async backtrace of task #1:
// CHECK-NEXT: #0 task #1 top() at tasks.cpp:35
// CHECK:      No live coroguard task #9.

// top's frame: the promise (its debug record names task 1) and the locals kept across co_await.
// CHECK:      Task #1 top() (suspended at tasks.cpp:35), frame at 0x{{[0-9a-f]+}}, type _Z3topv.{{Frame|coro_frame_ty}}
// CHECK-NEXT: promise = {{.*}}id_ = 1{{[,}]}}
// CHECK-NEXT: locals kept in the frame:
// CHECK-DAG:  retries = 2
// CHECK-DAG:  h = coroguard::join_handle of task #2 middle() (not done)
// CHECK:      No live coroguard task #9.

// BADID: coroguard bt: 'x' is not a task id (or 'all')

// USAGE:      coroguard tasks
// USAGE-NEXT: coroguard bt [ID|all]
// USAGE-NEXT: coroguard frame ID
// USAGE:      coroguard: unknown command 'threads'

// AUTOLOAD:      Id State
// AUTOLOAD-NEXT: 1  suspended top()

// RELEASE:      Async backtrace from frame 0x{{[0-9a-f]+}}:
// RELEASE-NEXT: #0 frame 0x{{[0-9a-f]+}} leaf()
// RELEASE-NEXT: #1 frame 0x{{[0-9a-f]+}} middle()
// RELEASE-NEXT: #2 (job root)
// RELEASE:      Event loop 0x{{[0-9a-f]+}}: 2 job(s). Release runtime
// RELEASE-NEXT: Job 1 (0x{{[0-9a-f]+}}), waits in join:
// RELEASE-NEXT: #0 frame 0x{{[0-9a-f]+}} top()
// RELEASE-NEXT: #1 (job root)
// RELEASE-NEXT: Job 2 (0x{{[0-9a-f]+}}), ready or running:
