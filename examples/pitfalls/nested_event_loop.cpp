// Pitfall: a nested event loop. coroguard::run inside a coroutine runs a second loop on the
// same thread: the outer loop, and every task on it, stops until the inner one finishes.
// check: coroguard-nested-event-loop
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>

using namespace std::chrono_literals;

coroguard::task<int> lookup(int key) {
  co_await coroguard::sleep(1ms);
  co_return key + 1;
}

coroguard::task<> handler() {
  int value = coroguard::run(lookup(1));  // the bug: should be `co_await lookup(1)`
  std::printf("value %d\n", value);
  co_return;
}

int main() { coroguard::run(handler()); }
