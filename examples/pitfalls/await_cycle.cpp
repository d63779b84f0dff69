// Pitfall: two tasks that await each other. Each waits for the other to finish, so neither
// ever does, and cancelling one cannot help (a join passes the cancel on and keeps waiting).
// The debug runtime reports the cycle the moment it closes; the loop then runs dry.
// debug: await-cycle
// debug: deadlock
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>

using namespace std::chrono_literals;

struct handles {
  coroguard::join_handle<void> reader, writer;
};

coroguard::task<> reader(std::shared_ptr<handles> h) {
  co_await coroguard::sleep(1ms);
  co_await h->writer;  // waits for the writer to finish...
}

coroguard::task<> writer(std::shared_ptr<handles> h) {
  co_await coroguard::sleep(2ms);
  co_await h->reader;  // ...which waits for the reader: the bug
}

coroguard::task<> amain() {
  auto h = std::make_shared<handles>();
  h->reader = coroguard::spawn(reader(h));
  h->writer = coroguard::spawn(writer(h));
  co_await h->reader;
}

int main() {
  try {
    coroguard::run(amain());
  } catch (const std::runtime_error& e) {
    std::printf("run: %s\n", e.what());
  }
}
