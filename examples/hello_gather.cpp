// "Hello ... World" twice, concurrently: two coroutines gathered, each pausing one second
// between its words, so the whole run takes one second, not two.
#include <chrono>
#include <cstdio>
#include <string>

#include "example.hpp"

using namespace std::chrono_literals;

coroguard::task<std::string> greet(std::string who) {
  std::printf("Hello %s\n", who.c_str());
  co_await coroguard::sleep(1s);
  std::printf("World %s\n", who.c_str());
  co_return "greeted " + who;
}

coroguard::task<> amain() {
  auto start = coroguard::now();
  auto [a, b] = co_await coroguard::gather(greet("one"), greet("two"));
  std::printf("%s, %s in %.1f s\n", a.c_str(), b.c_str(), example::seconds_since(start));
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
