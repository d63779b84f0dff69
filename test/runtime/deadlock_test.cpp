// Waits that look stuck but are not: the debug runtime's deadlock check (a set of parked tasks
// whose waits only they can end) must stay quiet on each, and these programs behave the same
// with either runtime. The last test is one it must report.
#include <gtest/gtest.h>

#include <memory>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

task<> feed_later(coroguard::queue<int>& q) {
  co_await coroguard::sleep(30min);
  co_await q.put(7);
}

TEST(ParkedTasks, ATaskThatHoldsTheQueueCanStillFillIt) {
  int got = run_virtual([]() -> task<int> {
    coroguard::queue<int> q(1);
    auto feeder = coroguard::spawn(feed_later(q));
    int v = co_await q.get();  // only the sleeping feeder can end this wait
    co_await feeder;
    co_return v;
  }());
  EXPECT_EQ(got, 7);
}

task<int> get_one(coroguard::queue<int>& q) { co_return co_await q.get(); }

TEST(ParkedTasks, ATimeoutEndsAWaitNobodyElseCanEnd) {
  bool timed_out = run_virtual([]() -> task<bool> {
    coroguard::queue<int> q(1);
    try {
      co_await coroguard::with_timeout(1min, get_one(q));
    } catch (const coroguard::timeout_error&) {
      co_return true;
    }
    co_return false;
  }());
  EXPECT_TRUE(timed_out);
}

task<> wait_for_own_event() {
  coroguard::event never_set;
  co_await never_set.wait();
}

TEST(ParkedTasks, ATaskHoldingTheHandleCanCancelTheWaiter) {
  bool cancelled = run_virtual([]() -> task<bool> {
    auto waiter = coroguard::spawn(wait_for_own_event());
    co_await coroguard::sleep(30min);
    waiter.cancel();
    try {
      co_await waiter;
    } catch (const coroguard::cancelled_error&) {
      co_return true;
    }
    co_return false;
  }());
  EXPECT_TRUE(cancelled);
}

TEST(ParkedTasks, AQueueOnTheHeapMayBeReachedFromAnywhere) {
  int got = run_virtual([]() -> task<int> {
    auto q = std::make_shared<coroguard::queue<int>>(1);
    auto feeder = coroguard::spawn([](std::shared_ptr<coroguard::queue<int>> q) -> task<> {
      co_await coroguard::sleep(30min);
      co_await q->put(9);
    }(q));
    int v = co_await q->get();
    co_await feeder;
    co_return v;
  }());
  EXPECT_EQ(got, 9);
}

task<> receive_then_send(coroguard::queue<int>& in, coroguard::queue<int>& out) {
  int v = co_await in.get();
  co_await out.put(v + 1);
}

task<> sleep_a_while() { co_await coroguard::sleep(1h); }

TEST(ParkedTasks, ATaskThatHoldsBothQueuesCanStillStartThePair) {
  coroguard::debug::expect_reports reports;
  run_virtual([]() -> task<> {
    auto sleeper = coroguard::spawn(sleep_a_while());
    coroguard::queue<int> a(1), b(1);
    auto x = coroguard::spawn(receive_then_send(a, b));
    auto y = coroguard::spawn(receive_then_send(b, a));
    co_await sleeper;
    // Not stuck for good: this task can still reach the queues, and does.
    co_await a.put(1);
    co_await x;
    co_await y;
  }());
  // While the sleeper slept, x and y waited on queues that only main could reach, and main
  // was joining the sleeper: no report, since main holds the queues and can wake.
  expect_reported(reports, "deadlock", 0);
}

task<> deadlocked_match() {
  coroguard::queue<int> a(1), b(1);
  co_await coroguard::gather(receive_then_send(a, b), receive_then_send(b, a));
}

TEST(ParkedTasks, APairOnlyItsOwnMatchCanReachIsReportedWhileTheLoopRunsOn) {
  coroguard::debug::expect_reports reports;
  // The report comes while the sleeper sleeps; once it is done the loop runs dry and throws
  // (with no second report of the same tasks).
  EXPECT_THROW(run_virtual([]() -> task<> {
                 auto sleeper = coroguard::spawn(sleep_a_while());
                 co_await deadlocked_match();
                 co_await sleeper;
               }()),
               std::runtime_error);
  expect_reported(reports, "deadlock", 1);
}

}  // namespace
