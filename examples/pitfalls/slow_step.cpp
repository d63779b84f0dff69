// Pitfall: CPU-heavy work in a coroutine. No call blocks, but the step computes for a long
// time without suspending, so no other task runs meanwhile (asyncio's "Executing <Task> took
// 0.4 seconds"). The debug runtime reports it while it runs, as time spent on the CPU.
// debug: slow-step
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>

using namespace std::chrono_literals;

std::uint64_t checksum(std::uint64_t rounds) {
  std::uint64_t h = 1469598103934665603ull;
  for (std::uint64_t i = 0; i < rounds; ++i) h = (h ^ i) * 1099511628211ull;
  return h;
}

coroguard::task<std::uint64_t> hash_upload() {
  co_await coroguard::sleep(1ms);
  // The bug: should be `co_await coroguard::to_thread([] { return checksum(...); })`.
  auto start = std::chrono::steady_clock::now();
  std::uint64_t h = 0;
  while (std::chrono::steady_clock::now() - start < 400ms) h += checksum(100'000);
  co_return h;
}

coroguard::task<> amain() {
  std::uint64_t h = co_await hash_upload();
  std::printf("checksum %s\n", h ? "computed" : "zero");
}

int main() { coroguard::run(amain()); }
