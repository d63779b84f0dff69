// with_timeout: a slow operation is cancelled when its deadline passes (timeout_error), a fast
// one returns its value; the cancelled operation's cleanup still runs.
#include <chrono>
#include <cstdio>
#include <string>

#include "example.hpp"

using namespace std::chrono_literals;

coroguard::task<std::string> operation(std::string name, std::chrono::milliseconds takes) {
  try {
    co_await coroguard::sleep(takes);
  } catch (const coroguard::cancelled_error&) {
    std::printf("%s: cancelled, cleaning up\n", name.c_str());
    throw;  // cancellation must propagate
  }
  co_return name + " done";
}

coroguard::task<> amain() {
  auto start = coroguard::now();
  std::string fast = co_await coroguard::with_timeout(2s, operation("fast", 1000ms));
  std::printf("%s at %.1f s\n", fast.c_str(), example::seconds_since(start));
  try {
    co_await coroguard::with_timeout(2s, operation("slow", 5000ms));
  } catch (const coroguard::timeout_error&) {
    std::printf("slow: timed out at %.1f s\n", example::seconds_since(start));
  }
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
