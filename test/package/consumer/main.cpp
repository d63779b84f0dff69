// The consumer project's program: spawns, gathers and joins, and forgets to await one task
// (which the debug runtime reports and the checks find).
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>

using namespace std::chrono_literals;

coroguard::task<int> twice(int n) {
  co_await coroguard::sleep(1ms);
  co_return 2 * n;
}

coroguard::task<int> amain() {
  auto a = coroguard::spawn(twice(1));
  auto [b, c] = co_await coroguard::gather(twice(2), twice(3));
  twice(4);  // the bug: never awaited
  co_return co_await a + b + c;
}

int main() {
  std::printf("sum %d\n", coroguard::run(amain()));
#if COROGUARD_DEBUG
  std::printf("debug runtime\n");
#endif
}
