// Pitfall: waits nobody can end. The producer was handed the wrong queue: it fills `results`
// and blocks, while the consumer waits on `jobs` forever and main waits for the consumer. The
// loop has nothing left to run (Go's "all goroutines are asleep - deadlock!").
// debug: deadlock
#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <stdexcept>

coroguard::task<> consume(coroguard::queue<int>& jobs) {
  while (true) {
    int job = co_await jobs.get();
    std::printf("job %d\n", job);
  }
}

coroguard::task<> produce(coroguard::queue<int>& out) {
  for (int i = 0; i < 5; ++i) co_await out.put(i);
}

coroguard::task<> amain() {
  coroguard::queue<int> jobs(2), results(2);
  auto consumer = coroguard::spawn(consume(jobs));
  auto producer = coroguard::spawn(produce(results));  // the bug: should be produce(jobs)
  co_await consumer;
  co_await producer;
}

int main() {
  try {
    coroguard::run(amain());
  } catch (const std::runtime_error& e) {
    std::printf("run: %s\n", e.what());
  }
}
