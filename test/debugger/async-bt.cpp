// Plain `bt` in gdb goes on past the coroutine on the stack with the tasks awaiting it, innermost
// first (what `coroguard bt` shows), and names the frames on the stack as gdb does by itself (GCC
// shows a resume function's frame pointer as a parameter, clang does not).
// RUN: %debug_cxx %s -o %t
// RUN: %gdb -ex 'break stop_here' -ex run -ex bt %t 2>&1 | FileCheck %s
// CHECK:      #0 stop_here () at {{.*}}async-bt.cpp:[[@LINE+11]]
// CHECK-NEXT: #1 0x{{[0-9a-f]+}} in leaf ({{(frame_ptr=0x[0-9a-f]+)?}}) at {{.*}}async-bt.cpp:[[@LINE+14]]
// CHECK-NEXT: [async] middle () at async-bt.cpp:[[@LINE+18]]
// CHECK-NEXT: [async] top () at async-bt.cpp:[[@LINE+23]]
// CHECK-NEXT: #2 0x{{[0-9a-f]+}} in std::{{.*}}coroutine_handle<void>::resume (this=
// CHECK:      in coroguard::event_loop::run_ready_round (this=
// CHECK:      in main () at {{.*}}async-bt.cpp:[[@LINE+23]]
#include <coroguard/coroguard.hpp>

#include <chrono>

[[gnu::noinline]] void stop_here() { asm volatile(""); }

coroguard::task<int> leaf() {
  co_await coroguard::sleep(std::chrono::milliseconds(1));
  stop_here();
  co_return 1;
}

coroguard::task<int> middle() {
  int got = co_await leaf();
  co_return got + 1;
}

coroguard::task<int> top() {
  auto h = coroguard::spawn(middle());
  co_return co_await h;
}

int main() { return coroguard::run(top()) == 2 ? 0 : 1; }
