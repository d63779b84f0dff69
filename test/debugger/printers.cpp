// Pretty-printers (gdb) and summaries (lldb) for the runtime's types: a task (its number,
// coroutine and state), an empty task, a join_handle before and after its task ran, a queue
// (items, capacity), the event loop.
// RUN: %debug_cxx %s -o %t
// RUN: env COROGUARD_OPTIONS=exitcode=0 %gdb -ex 'break stop_here' -ex run -ex 'print spawned' -ex up -ex 'print loop' -ex continue -ex 'print spawned' -ex continue -ex up -ex 'print pending' -ex 'print empty' -ex 'print q' %t 2>&1 | FileCheck %s
// RUN: env COROGUARD_OPTIONS=exitcode=0 %lldb -o 'b stop_here' -o run -o 'p spawned' -o up -o 'p loop' -o continue -o 'p spawned' -o continue -o up -o 'p pending' -o 'p empty' -o 'p q' %t 2>&1 | FileCheck %s
#include <coroguard/coroguard.hpp>

#include <chrono>
[[gnu::noinline]] void stop_here() { asm volatile(""); }
coroguard::join_handle<int> spawned;
coroguard::task<int> leaf() { co_await coroguard::sleep(std::chrono::milliseconds(1)); co_return 1; }
coroguard::task<> amain(coroguard::queue<int>& q) {
  coroguard::event_loop& loop = coroguard::event_loop::current();
  co_await q.put(1);
  co_await q.put(2);
  spawned = coroguard::spawn(leaf());
  stop_here();
  co_await coroguard::sleep(std::chrono::milliseconds(5));
  stop_here();
  co_await spawned;
  (void)loop;
}
int main() {
  coroguard::queue<int> q(8);
  coroguard::task<int> pending = leaf();
  coroguard::task<int> empty;
  coroguard::run(amain(q));
  stop_here();
  return 0;
}

// CHECK: coroguard::join_handle (spawned, not started yet)
// CHECK: coroguard::event_loop (1 ready, 0 timer(s), 2 job(s) running)
// CHECK: coroguard::join_handle of task #3 leaf() (done)
// CHECK: coroguard::task #1 leaf() (created)
// CHECK: coroguard::task (empty)
// CHECK: coroguard::queue (2 of 8 item(s))
