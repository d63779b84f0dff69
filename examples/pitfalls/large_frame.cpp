// Pitfall: a large coroutine frame. The buffer lives across co_await, so it is part of the
// heap-allocated frame of every call (clippy's large_futures).
// check: coroguard-large-frame
#include <coroguard/coroguard.hpp>

#include <array>
#include <chrono>
#include <cstdio>

using namespace std::chrono_literals;

coroguard::task<int> checksum() {
  std::array<unsigned char, 1 << 20> buffer{};  // the bug: 1 MiB in every frame
  co_await coroguard::sleep(1ms);
  int sum = 0;
  for (auto b : buffer) sum += b;
  co_return sum;
}

int main() { std::printf("%d\n", coroguard::run(checksum())); }
