// Pitfall: cancellation swallowed by catch (...). A catch-all around a suspension point also
// catches the cancellation thrown there, and the loop carries on: the task cannot be stopped.
// check: coroguard-swallowed-cancellation
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>

using namespace std::chrono_literals;

coroguard::task<int> poll_sensor(int i) {
  co_await coroguard::sleep(1ms);
  co_return i * 10;
}

coroguard::task<> monitor() {
  for (int i = 0; i < 3; ++i) {
    try {
      std::printf("reading %d\n", co_await poll_sensor(i));
    } catch (...) {  // the bug: rethrow, or catch the error types you expect
      std::printf("sensor error, retrying\n");
    }
  }
}

int main() { coroguard::run(monitor()); }
