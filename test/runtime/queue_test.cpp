// queue<T>: order, bounds, close, task_done/join.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

TEST(Queue, ProducerConsumerKeepsOrder) {
  std::vector<int> got;
  run_virtual([&]() -> task<> {
    coroguard::queue<int> q(2);
    auto producer = [](coroguard::queue<int>& q) -> task<> {
      for (int i = 0; i < 10; ++i) co_await q.put(i);
      q.close();
    };
    auto consumer = [](coroguard::queue<int>& q, std::vector<int>& got) -> task<> {
      try {
        for (;;) got.push_back(co_await q.get());
      } catch (const coroguard::queue_closed&) {}
    };
    co_await coroguard::gather(producer(q), consumer(q, got));
  }());
  EXPECT_EQ(got, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

TEST(Queue, PutWaitsWhileFull) {
  run_virtual([]() -> task<> {
    coroguard::queue<int> q(1);
    co_await q.put(1);
    EXPECT_TRUE(q.full());
    EXPECT_FALSE(q.try_put(2));
    auto putter = coroguard::spawn([](coroguard::queue<int>& q) -> task<> { co_await q.put(2); }(q));
    co_await coroguard::sleep(1ms);
    EXPECT_FALSE(putter.done());
    EXPECT_EQ(co_await q.get(), 1);
    co_await putter;
    EXPECT_EQ(co_await q.get(), 2);
  }());
}

TEST(Queue, CloseWakesEveryWaiter) {
  int getters_told = 0, putters_told = 0;
  run_virtual([&]() -> task<> {
    coroguard::queue<int> empty_q, full_q(1);
    co_await full_q.put(0);
    std::vector<task<>> waiters;
    for (int i = 0; i < 3; ++i) {
      waiters.push_back([](coroguard::queue<int>& q, int& told) -> task<> {
        try {
          (void)co_await q.get();
        } catch (const coroguard::queue_closed&) {
          ++told;
        }
      }(empty_q, getters_told));
      waiters.push_back([](coroguard::queue<int>& q, int& told) -> task<> {
        try {
          co_await q.put(1);
        } catch (const coroguard::queue_closed&) {
          ++told;
        }
      }(full_q, putters_told));
    }
    auto all = coroguard::spawn(coroguard::gather(std::move(waiters)));
    co_await coroguard::sleep(1ms);
    empty_q.close();
    full_q.close();
    co_await all;
    EXPECT_EQ(co_await full_q.get(), 0);  // what was queued before close is still delivered
    EXPECT_THROW((void)co_await full_q.get(), coroguard::queue_closed);
  }());
  EXPECT_EQ(getters_told, 3);
  EXPECT_EQ(putters_told, 3);
}

TEST(Queue, JoinWaitsUntilEveryItemIsDone) {
  std::vector<std::string> log;
  run_virtual([&]() -> task<> {
    coroguard::queue<int> q;
    for (int i = 0; i < 3; ++i) co_await q.put(i);
    auto worker = coroguard::spawn([](coroguard::queue<int>& q, std::vector<std::string>& log) -> task<> {
      for (int i = 0; i < 3; ++i) {
        int v = co_await q.get();
        co_await coroguard::sleep(5ms);
        log.push_back("done " + std::to_string(v));
        q.task_done();
      }
    }(q, log));
    co_await q.join();
    log.push_back("joined");
    co_await worker;
  }());
  EXPECT_EQ(log, (std::vector<std::string>{"done 0", "done 1", "done 2", "joined"}));
}

TEST(Queue, TooManyTaskDoneIsAnError) {
  coroguard::queue<int> q;
  EXPECT_THROW(q.task_done(), std::logic_error);
}

TEST(Queue, MoveOnlyItems) {
  run_virtual([]() -> task<> {
    coroguard::queue<std::unique_ptr<int>> q;
    co_await q.put(std::make_unique<int>(3));
    auto p = co_await q.get();
    EXPECT_EQ(*p, 3);
  }());
}

}  // namespace
