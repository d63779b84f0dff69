// Pitfall: a blocking call in a coroutine. std::this_thread::sleep_for stops the whole event
// loop thread: every other task waits too (asyncio's time.sleep inside async def).
// check: coroguard-blocking-call
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace std::chrono_literals;

coroguard::task<> heartbeat() {
  for (int i = 0; i < 3; ++i) {
    std::printf("heartbeat %d\n", i);
    co_await coroguard::sleep(10ms);
  }
}

coroguard::task<> slow_handler() {
  std::this_thread::sleep_for(50ms);  // the bug: should be `co_await coroguard::sleep(50ms);`
  std::printf("handled\n");
  co_return;
}

coroguard::task<> amain() {
  auto beat = coroguard::spawn(heartbeat());
  co_await slow_handler();
  co_await beat;
}

int main() { coroguard::run(amain()); }
