// Pitfall: a child that waits for its parent. The supervisor gathers its workers, and a worker
// waits for the supervisor to finish: the gather waits for the worker, the worker for the
// gather's caller, so neither ever ends. The debug runtime reports the cycle the moment the
// worker starts waiting, through the gather; the loop then runs dry.
// debug: await-cycle
// debug: deadlock
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>

using namespace std::chrono_literals;

struct pipeline {
  coroguard::join_handle<void> supervisor;
};

coroguard::task<> heartbeat() {
  co_await coroguard::sleep(1ms);
  std::printf("heartbeat\n");
}

coroguard::task<> flush_when_done(std::shared_ptr<pipeline> p) {
  co_await coroguard::sleep(2ms);
  co_await p->supervisor;  // the bug: the supervisor is gathering this very task
  std::printf("flushed\n");
}

coroguard::task<> supervise(std::shared_ptr<pipeline> p) {
  co_await coroguard::gather(heartbeat(), flush_when_done(p));
}

coroguard::task<> amain() {
  auto p = std::make_shared<pipeline>();
  p->supervisor = coroguard::spawn(supervise(p));
  co_await p->supervisor;
}

int main() {
  try {
    coroguard::run(amain());
  } catch (const std::runtime_error& e) {
    std::printf("run: %s\n", e.what());
  }
}
