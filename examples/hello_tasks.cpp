// Two tasks counting 1 to 5 concurrently, interleaved on one loop, one number a second each
// (the guides' first program): the loop switches task at every co_await.
#include <chrono>
#include <cstdio>
#include <string>

#include "example.hpp"

using namespace std::chrono_literals;

coroguard::task<int> count(std::string name) {
  for (int i = 1; i <= 5; ++i) {
    std::printf("%s: %d\n", name.c_str(), i);
    co_await coroguard::sleep(1s);
  }
  co_return 5;
}

coroguard::task<int> amain() {
  auto start = coroguard::now();
  auto a = coroguard::spawn(count("A"));
  auto b = coroguard::spawn(count("B"));
  int total = co_await a + co_await b;
  std::printf("counted %d numbers in %.1f s\n", total, example::seconds_since(start));
  co_return total;
}

int main(int argc, char** argv) { return coroguard::run(amain(), example::options(argc, argv)) == 10 ? 0 : 1; }
