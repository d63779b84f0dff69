// Pitfall: a thread lock held across co_await. While the task is suspended, the mutex stays
// locked: other threads block, and another task on this thread that takes it deadlocks.
// check: coroguard-lock-across-suspend
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <mutex>

using namespace std::chrono_literals;

std::mutex cache_mutex;
int cache = 0;

coroguard::task<int> load() {
  co_await coroguard::sleep(1ms);
  co_return 42;
}

coroguard::task<> refresh() {
  std::lock_guard lock(cache_mutex);
  cache = co_await load();  // the bug: load first, then lock to store
  std::printf("cache = %d\n", cache);
}

int main() { coroguard::run(refresh()); }
