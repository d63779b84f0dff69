// Pitfall: touching the loop from another thread. A worker thread sets an event a task of the
// loop waits on: the wake-up runs on the worker thread and races with the loop. The fix is to
// hand the call to the loop (event_loop::post_from_any_thread) or to run the work with to_thread.
// debug: cross-thread-call
#include <coroguard/coroguard.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace std::chrono_literals;

coroguard::task<> wait_for_worker(coroguard::event& done, std::atomic<bool>& waiting) {
  co_await coroguard::with_timeout(10s, [](coroguard::event& done, std::atomic<bool>& waiting) -> coroguard::task<> {
    waiting = true;  // (so that the demonstration does not depend on the machine's load)
    co_await done.wait();
  }(done, waiting));
  std::puts("the worker finished");
}

int main() {
  coroguard::event done;
  std::atomic<bool> waiting{false};
  std::thread worker([&] {
    while (!waiting) std::this_thread::sleep_for(1ms);
    std::this_thread::sleep_for(20ms);
    done.set();  // the bug: set() belongs to the loop's thread
  });
  try {
    coroguard::run(wait_for_worker(done, waiting));
  } catch (const coroguard::timeout_error&) {
    std::puts("the wake-up went astray");
  }
  worker.join();
}
