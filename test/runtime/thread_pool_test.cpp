// to_thread / thread_pool: results and exceptions cross back to the loop thread.
#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

TEST(ToThread, RunsOffTheLoopThreadAndReturnsTheValue) {
  auto loop_thread = std::this_thread::get_id();
  auto [value, worker] = coroguard::run([]() -> task<std::pair<int, std::thread::id>> {
    auto id = co_await coroguard::to_thread([] { return std::this_thread::get_id(); });
    int v = co_await coroguard::to_thread([] { return 6 * 7; });
    co_return std::pair{v, id};
  }());
  EXPECT_EQ(value, 42);
  EXPECT_NE(worker, loop_thread);
}

TEST(ToThread, AnExceptionCrossesBack) {
  EXPECT_THROW(coroguard::run([]() -> task<> {
                 co_await coroguard::to_thread([]() -> int { throw std::range_error("in the pool"); });
               }()),
               std::range_error);
}

TEST(ThreadPool, ManyConcurrentJobsAllComeBack) {
  // Made outside the loop: its destructor joins its threads, which would block the loop.
  coroguard::thread_pool pool(4);
  long long total = coroguard::run([&]() -> task<long long> {
    std::vector<task<long long>> jobs;
    for (int i = 0; i < 200; ++i)
      jobs.push_back([](coroguard::thread_pool& pool, int i) -> task<long long> {
        co_return co_await pool.run([i] {
          long long s = 0;
          for (int k = 0; k <= i; ++k) s += k;
          return s;
        });
      }(pool, i));
    auto sums = co_await coroguard::gather(std::move(jobs));
    long long t = 0;
    for (auto s : sums) t += s;
    co_return t;
  }());
  long long expect = 0;
  for (int i = 0; i < 200; ++i) expect += static_cast<long long>(i) * (i + 1) / 2;
  EXPECT_EQ(total, expect);
}

// The shape the docs show, a pool local to a task: its destructor ends the pool's idle threads,
// the runtime's own wait (the debug runtime used to report it as a blocking pthread_join).
TEST(ThreadPool, APoolLocalToATaskEndsQuietly) {
  int v = coroguard::run([]() -> task<int> {
    coroguard::thread_pool pool(2);
    co_return co_await pool.run([] { return 6 * 7; });
  }());
  EXPECT_EQ(v, 42);
}

TEST(ToThread, ACancelledCallerWaitsForTheWorkThenSeesTheCancel) {
  std::atomic<bool> finished{false};
  coroguard::run([&]() -> task<> {
    std::atomic<bool> release{false};
    auto h = coroguard::spawn([](std::atomic<bool>& release, std::atomic<bool>& finished) -> task<> {
      co_await coroguard::to_thread([&] {
        while (!release) std::this_thread::yield();
        finished = true;
      });
    }(release, finished));
    co_await coroguard::sleep(1ms);
    h.cancel();
    release = true;
    EXPECT_THROW(co_await h, coroguard::cancelled_error);
    EXPECT_TRUE(finished);  // the caller did not leave before the work had finished
  }());
}

}  // namespace
