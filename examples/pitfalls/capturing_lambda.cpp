// Pitfall: a capturing lambda coroutine whose task outlives the lambda. The captures live in
// the lambda object, destroyed at the end of the statement; the spawned task runs later.
// check: coroguard-capturing-lambda-coroutine
// (Not run by the demo: running it is undefined behaviour.)
#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <string>

coroguard::task<> amain() {
  std::string greeting = "hello";
  auto h = coroguard::spawn([greeting]() -> coroguard::task<> {  // the bug: pass it as a parameter
    std::printf("%s\n", greeting.c_str());
    co_return;
  }());
  co_await h;
}

int main() { coroguard::run(amain()); }
