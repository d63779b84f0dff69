// Pitfall: a blocking call in a coroutine. std::this_thread::sleep_for stops the whole event
// loop thread: every other task waits too (asyncio's time.sleep inside async def). The debug
// runtime reports the call when it is made, and the stall while it lasts.
// check: coroguard-blocking-call
// debug: blocking-call
// debug: slow-step
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
  std::this_thread::sleep_for(2s);  // the bug: should be `co_await coroguard::sleep(2s);`
  std::fprintf(stderr, "handled after the 2 s sleep\n");
  co_return;
}

coroguard::task<> amain() {
  auto beat = coroguard::spawn(heartbeat());
  co_await slow_handler();
  co_await beat;
}

int main() { coroguard::run(amain()); }
