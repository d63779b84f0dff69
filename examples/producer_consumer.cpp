// A producer and two consumers sharing a bounded queue: the producer waits whenever the queue
// is full (back-pressure), queue.join() waits until every item is processed, then the
// consumers are cancelled.
#include <chrono>
#include <cstdio>
#include <vector>

#include "example.hpp"

using namespace std::chrono_literals;

coroguard::task<> produce(coroguard::queue<int>& jobs, int count) {
  for (int i = 1; i <= count; ++i) {
    co_await jobs.put(i);  // waits while 2 items are already queued
    std::printf("produced %d (queued: %zu)\n", i, jobs.size());
  }
}

coroguard::task<> consume(const char* name, coroguard::queue<int>& jobs, int& processed) {
  for (;;) {
    int item = co_await jobs.get();
    co_await coroguard::sleep(1s);  // the work
    std::printf("%s processed %d\n", name, item);
    ++processed;
    jobs.task_done();
  }
}

coroguard::task<> amain() {
  coroguard::queue<int> jobs(2);
  int processed = 0;
  auto start = coroguard::now();
  std::vector<coroguard::join_handle<void>> consumers;
  consumers.push_back(coroguard::spawn(consume("consumer 1", jobs, processed)));
  consumers.push_back(coroguard::spawn(consume("consumer 2", jobs, processed)));
  co_await produce(jobs, 6);
  co_await jobs.join();
  for (auto& c : consumers) c.cancel();
  for (auto& c : consumers) {
    try {
      co_await c;
    } catch (const coroguard::cancelled_error&) {}
  }
  std::printf("%d items in %.1f s with 2 consumers\n", processed, example::seconds_since(start));
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
