// gdb pretty-printers for the runtime's types: a task (its number, coroutine and state), an empty
// task, a join_handle before and after its task ran, a queue (items, capacity).
// RUN: %debug_cxx %s -o %t
// RUN: env COROGUARD_OPTIONS=exitcode=0 %gdb -ex 'break stop_here' -ex run -ex 'print spawned' -ex continue -ex 'print spawned' -ex continue -ex up -ex 'print pending' -ex 'print empty' -ex 'print q' %t 2>&1 | FileCheck %s
#include <coroguard/coroguard.hpp>

#include <chrono>
[[gnu::noinline]] void stop_here() { asm volatile(""); }
coroguard::join_handle<int> spawned;
coroguard::task<int> leaf() { co_await coroguard::sleep(std::chrono::milliseconds(1)); co_return 1; }
coroguard::task<> amain(coroguard::queue<int>& q) {
  co_await q.put(1);
  co_await q.put(2);
  spawned = coroguard::spawn(leaf());
  stop_here();
  co_await coroguard::sleep(std::chrono::milliseconds(5));
  stop_here();
  co_await spawned;
}
int main() {
  coroguard::queue<int> q(8);
  coroguard::task<int> pending = leaf();
  coroguard::task<int> empty;
  coroguard::run(amain(q));
  stop_here();
  return 0;
}

// CHECK: $1 = coroguard::join_handle (spawned, not started yet)
// CHECK: $2 = coroguard::join_handle of task #3 leaf() (done)
// CHECK: $3 = coroguard::task #1 leaf() (created)
// CHECK: $4 = coroguard::task (empty)
// CHECK: $5 = coroguard::queue (2 of 8 item(s))
