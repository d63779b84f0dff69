// Pitfall: waiting for another thread inside a coroutine. std::future::get, a std::mutex the
// worker holds and a std::condition_variable wait each park the loop thread in the kernel until
// the worker is done: every other task waits too. The debug runtime reports each wait that
// really blocks (an uncontended lock is no report) at the call.
// check: coroguard-blocking-call
// debug: blocking-call
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;

std::mutex cache_mutex;
int cache = 0;

// A worker thread that fills the cache, holding its lock for a while.
void refill(std::promise<int>& done) {
  std::lock_guard lock(cache_mutex);
  std::this_thread::sleep_for(200ms);
  cache = 42;
  done.set_value(cache);
}

coroguard::task<> read_cache() {
  std::promise<int> done;
  std::future<int> ready = done.get_future();
  std::thread worker(refill, std::ref(done));
  int first = ready.get();  // the bug: should be `co_await coroguard::to_thread(...)`
  co_await coroguard::to_thread([&] { worker.join(); });
  std::printf("cache %d\n", first);
  {
    std::lock_guard lock(cache_mutex);  // uncontended now: not a report
    std::printf("cache still %d\n", cache);
  }
  co_return;
}

std::condition_variable changed;

coroguard::task<> wait_for_change() {
  std::thread writer([] {
    std::this_thread::sleep_for(200ms);
    std::lock_guard lock(cache_mutex);
    cache = 43;
    changed.notify_all();
  });
  {
    std::unique_lock lock(cache_mutex);
    changed.wait(lock, [] { return cache == 43; });  // the bug: the loop thread waits for the writer
  }
  writer.detach();
  std::printf("cache changed to %d\n", cache);
  co_return;
}

coroguard::task<> contend() {
  std::thread holder([] {
    std::lock_guard lock(cache_mutex);
    std::this_thread::sleep_for(200ms);
  });
  std::this_thread::yield();
  co_await coroguard::to_thread([] { std::this_thread::sleep_for(50ms); });  // the holder has the lock now
  {
    std::lock_guard lock(cache_mutex);  // the bug: waits for the holder's 200 ms
    std::printf("locked after the holder\n");
  }
  co_await coroguard::to_thread([&] { holder.join(); });
}

coroguard::task<> amain() {
  co_await read_cache();
  co_await wait_for_change();
  co_await contend();
}

int main() { coroguard::run(amain()); }
