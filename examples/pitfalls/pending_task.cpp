// Pitfall: a spawned task still running when the program's main task returns. run() destroys
// it with the loop, mid-wait: the rest of its body, its flush included, never runs (asyncio's
// "Task was destroyed but it is pending!").
// debug: pending-task-destroyed
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <vector>

using namespace std::chrono_literals;

coroguard::task<> flush_metrics(std::vector<int>& buffer) {
  co_await coroguard::sleep(1s);  // batches for a second, then writes
  std::printf("flushed %zu metrics\n", buffer.size());
}

coroguard::task<> amain() {
  std::vector<int> buffer{1, 2, 3};
  auto flusher = coroguard::spawn(flush_metrics(buffer));
  co_await coroguard::sleep(10ms);
  flusher.detach();  // the bug: should be `co_await flusher;` before returning
}

int main() { coroguard::run(amain()); }
