// CPU-bound work on the thread pool next to I/O on the loop: while to_thread hashes a large
// buffer, a heartbeat task keeps ticking; run on the loop instead, the hash would stall it.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "example.hpp"

using namespace std::chrono_literals;

std::uint64_t checksum(std::size_t rounds) {  // CPU-bound: no co_await, no I/O
  std::uint64_t h = 1469598103934665603ull;
  for (std::size_t i = 0; i < rounds; ++i) h = (h ^ (i & 0xff)) * 1099511628211ull;
  return h;
}

coroguard::task<> heartbeat(std::atomic<bool>& done, int& beats) {
  while (!done) {
    co_await coroguard::sleep(10ms);
    ++beats;
  }
}

coroguard::task<> amain() {
  std::atomic<bool> done{false};
  int beats = 0;
  auto ticker = coroguard::spawn(heartbeat(done, beats));
  std::uint64_t h = co_await coroguard::to_thread([] { return checksum(200'000'000); });
  done = true;
  co_await ticker;
  std::printf("checksum %016llx\n", static_cast<unsigned long long>(h));
  std::printf("the loop kept running meanwhile: %s\n", beats > 0 ? "yes" : "no");
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
