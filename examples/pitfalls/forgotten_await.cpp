// Pitfall: a forgotten co_await. Calling a coroutine only creates its task; without co_await
// the task is destroyed at the end of the statement and its body never runs.
// check: coroguard-unawaited-task
// debug: unawaited-task
#include <coroguard/coroguard.hpp>

#include <cstdio>

coroguard::task<> save_order(int id) {
  std::printf("order %d saved\n", id);
  co_return;
}

coroguard::task<> checkout(int id) {
  save_order(id);  // the bug: should be `co_await save_order(id);`
  std::printf("checkout of order %d done (but was it saved?)\n", id);
  co_return;
}

int main() { coroguard::run(checkout(7)); }
