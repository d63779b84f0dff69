// Retry with exponential backoff: a flaky call fails twice, then succeeds; the waits between
// attempts double (0.5 s, 1 s). A call that keeps failing gives up after 4 attempts.
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "example.hpp"

using namespace std::chrono_literals;

struct flaky_service {
  int failures_left;
  int calls = 0;
  coroguard::task<std::string> call() {
    ++calls;
    co_await coroguard::sleep(100ms);
    if (failures_left-- > 0) throw std::runtime_error("503 service unavailable");
    co_return "200 OK";
  }
};

coroguard::task<std::string> with_retries(flaky_service& service, int attempts) {
  auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(500ms);
  for (int attempt = 1;; ++attempt) {
    try {
      co_return co_await service.call();
    } catch (const std::runtime_error& e) {
      if (attempt == attempts) throw;
      std::printf("attempt %d failed (%s); retrying in %lld ms\n", attempt, e.what(),
                  static_cast<long long>(delay.count()));
    }
    co_await coroguard::sleep(delay);
    delay *= 2;
  }
}

coroguard::task<> amain() {
  auto start = coroguard::now();
  flaky_service recovers{2};
  std::string answer = co_await with_retries(recovers, 4);
  std::printf("%s after %d calls, %.1f s\n", answer.c_str(), recovers.calls, example::seconds_since(start));
  flaky_service down{100};
  try {
    co_await with_retries(down, 4);
  } catch (const std::runtime_error& e) {
    std::printf("gave up after %d calls: %s\n", down.calls, e.what());
  }
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
