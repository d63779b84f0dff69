// Two tasks counting 1 to 5 concurrently, interleaved on one loop (the guides' first program).
// Usage: hello_tasks [TICK_MS]   (default 1000: one number a second, as in the guides)
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace std::chrono_literals;

coroguard::task<int> count(std::string name, std::chrono::milliseconds tick) {
  for (int i = 1; i <= 5; ++i) {
    std::printf("%s: %d\n", name.c_str(), i);
    co_await coroguard::sleep(tick);
  }
  co_return 5;
}

coroguard::task<int> amain(std::chrono::milliseconds tick) {
  auto a = coroguard::spawn(count("A", tick));
  auto b = coroguard::spawn(count("B", tick));
  int total = co_await a + co_await b;
  std::printf("counted %d numbers\n", total);
  co_return total;
}

int main(int argc, char** argv) {
  std::chrono::milliseconds tick(argc > 1 ? std::atoi(argv[1]) : 1000);
  return coroguard::run(amain(tick)) == 10 ? 0 : 1;
}
