// semaphore, async_mutex, event, condition.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

TEST(Semaphore, LimitsHowManyRunAtOnce) {
  int running = 0, peak = 0;
  run_virtual([&]() -> task<> {
    coroguard::semaphore sem(3);
    std::vector<task<>> jobs;
    for (int i = 0; i < 10; ++i)
      jobs.push_back([](coroguard::semaphore& sem, int& running, int& peak) -> task<> {
        auto permit = co_await sem.acquire();
        peak = std::max(peak, ++running);
        co_await coroguard::sleep(10ms);
        --running;
      }(sem, running, peak));
    auto start = coroguard::now();
    co_await coroguard::gather(std::move(jobs));
    EXPECT_EQ(ms_since(start), 40);  // ceil(10 / 3) rounds of 10 ms
    EXPECT_EQ(sem.available(), 3u);
  }());
  EXPECT_EQ(peak, 3);
}

TEST(Semaphore, WaitersAreServedInOrder) {
  std::vector<int> order;
  run_virtual([&]() -> task<> {
    coroguard::semaphore sem(1);
    auto held = co_await sem.acquire();
    std::vector<task<>> waiters;
    for (int i = 0; i < 4; ++i)
      waiters.push_back([](coroguard::semaphore& sem, std::vector<int>& order, int i) -> task<> {
        auto p = co_await sem.acquire();
        order.push_back(i);
      }(sem, order, i));
    auto all = coroguard::spawn(coroguard::gather(std::move(waiters)));
    co_await coroguard::sleep(1ms);
    held.release();
    co_await all;
  }());
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3}));
}

TEST(Mutex, HeldAcrossASuspensionPointExcludesOthers) {
  std::vector<std::string> log;
  run_virtual([&]() -> task<> {
    coroguard::async_mutex m;
    auto critical = [](coroguard::async_mutex& m, std::vector<std::string>& log, std::string who) -> task<> {
      auto lock = co_await m.lock();
      log.push_back(who + " in");
      co_await coroguard::sleep(5ms);
      log.push_back(who + " out");
    };
    co_await coroguard::gather(critical(m, log, "a"), critical(m, log, "b"));
    EXPECT_FALSE(m.locked());
  }());
  EXPECT_EQ(log, (std::vector<std::string>{"a in", "a out", "b in", "b out"}));
}

TEST(Event, SetWakesEveryWaiter) {
  int woken = 0;
  run_virtual([&]() -> task<> {
    coroguard::event e;
    std::vector<task<>> waiters;
    for (int i = 0; i < 3; ++i)
      waiters.push_back([](coroguard::event& e, int& woken) -> task<> {
        co_await e.wait();
        ++woken;
      }(e, woken));
    auto all = coroguard::spawn(coroguard::gather(std::move(waiters)));
    co_await coroguard::sleep(1ms);
    EXPECT_EQ(woken, 0);
    e.set();
    co_await all;
    co_await e.wait();  // set: returns at once
  }());
  EXPECT_EQ(woken, 3);
}

TEST(Condition, WaitReleasesTheMutexAndWakesOnNotify) {
  std::vector<int> got;
  run_virtual([&]() -> task<> {
    coroguard::async_mutex m;
    coroguard::condition cv(m);
    std::vector<int> items;
    auto consumer = coroguard::spawn([](coroguard::async_mutex& m, coroguard::condition& cv, std::vector<int>& items,
                                        std::vector<int>& got) -> task<> {
      auto lock = co_await m.lock();
      co_await cv.wait(lock, [&] { return !items.empty(); });
      EXPECT_TRUE(lock.held());
      got = items;
    }(m, cv, items, got));
    co_await coroguard::sleep(1ms);
    {
      auto lock = co_await m.lock();  // free: the consumer released it while waiting
      items.push_back(9);
      cv.notify_all();
    }
    co_await consumer;
  }());
  EXPECT_EQ(got, (std::vector<int>{9}));
}

TEST(Condition, ACancelledWaiterHoldsTheMutexAgainWhenItLeaves) {
  run_virtual([]() -> task<> {
    coroguard::async_mutex m;
    coroguard::condition cv(m);
    auto h = coroguard::spawn([](coroguard::async_mutex& m, coroguard::condition& cv) -> task<bool> {
      auto lock = co_await m.lock();
      try {
        co_await cv.wait(lock);
      } catch (const coroguard::cancelled_error&) {
        co_return lock.held() && m.locked();
      }
      co_return false;
    }(m, cv));
    co_await coroguard::sleep(1ms);
    h.cancel();
    EXPECT_TRUE(co_await h);
    EXPECT_FALSE(m.locked());
  }());
}

}  // namespace
