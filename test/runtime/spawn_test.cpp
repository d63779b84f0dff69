// spawn/join_handle: concurrency on one loop, outcomes delivered to whoever joins, none lost.
#include <gtest/gtest.h>
#include <coroguard/coroguard.hpp>

#include "test_support.hpp"

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using coroguard::task;
using namespace std::chrono_literals;

task<int> tick(std::vector<std::string>& log, std::string name, int n) {
  for (int i = 1; i <= n; ++i) {
    log.push_back(name + std::to_string(i));
    co_await coroguard::sleep(2ms);
  }
  co_return n;
}

TEST(Spawn, TasksInterleaveOnOneLoop) {
  std::vector<std::string> log;
  int total = coroguard::run([&]() -> task<int> {
    auto a = coroguard::spawn(tick(log, "a", 3));
    auto b = coroguard::spawn(tick(log, "b", 3));
    int x = co_await a;
    int y = co_await b;
    co_return x + y;
  }());
  EXPECT_EQ(total, 6);
  EXPECT_EQ(log, (std::vector<std::string>{"a1", "b1", "a2", "b2", "a3", "b3"}));
}

TEST(Spawn, StartsOnlyAfterTheSpawnerSuspends) {
  std::vector<std::string> log;
  coroguard::run([&]() -> task<> {
    // The child takes `log` as a parameter: a capturing lambda would die before the child runs.
    auto h = coroguard::spawn([](std::vector<std::string>& log) -> task<> {
      log.push_back("child");
      co_return;
    }(log));
    log.push_back("parent");
    co_await h;
  }());
  EXPECT_EQ(log, (std::vector<std::string>{"parent", "child"}));
}

// A sleep that ends late (another task held the loop past its deadline) resumes behind the
// tasks spawned before it, as in asyncio: after `spawn(x); co_await sleep(d)`, x has started.
TEST(Spawn, HasStartedWhenTheSpawnersSleepEndsEvenIfTheLoopIsLate) {
  coroguard::run([]() -> task<> {
    bool started = false;
    std::chrono::steady_clock::time_point deadline{};
    auto sleeper = coroguard::spawn([](bool& started, std::chrono::steady_clock::time_point& deadline) -> task<> {
      auto x = coroguard::spawn([](bool& started) -> task<> {
        started = true;
        co_return;
      }(started));
      deadline = std::chrono::steady_clock::now() + 1ms;
      co_await coroguard::sleep_until(deadline);
      EXPECT_TRUE(started);
      co_await x;
    }(started, deadline));
    // Runs in the sleeper's round, after it: the loop sees the timer only once it is overdue.
    auto holder = coroguard::spawn([](std::chrono::steady_clock::time_point& deadline) -> task<> {
      while (std::chrono::steady_clock::now() <= deadline) {}
      co_return;
    }(deadline));
    co_await sleeper;
    co_await holder;
  }());
}

TEST(Spawn, JoiningAFinishedTaskReturnsItsValue) {
  int v = coroguard::run([]() -> task<int> {
    auto h = coroguard::spawn([]() -> task<int> { co_return 5; }());
    co_await coroguard::sleep(1ms);
    EXPECT_TRUE(h.done());
    co_return co_await h;
  }());
  EXPECT_EQ(v, 5);
}

TEST(Spawn, ExceptionReachesTheJoiner) {
  std::string caught;
  coroguard::run([&]() -> task<> {
    auto h = coroguard::spawn([]() -> task<int> {
      co_await coroguard::sleep(1ms);
      throw std::runtime_error("child failed");
    }());
    try {
      co_await h;
    } catch (const std::runtime_error& e) {
      caught = e.what();
    }
  }());
  EXPECT_EQ(caught, "child failed");
}

TEST(Spawn, UnretrievedExceptionIsReportedNotLost) {
  coroguard::debug::expect_reports reports;
  testing::internal::CaptureStderr();
  coroguard::run([]() -> task<> {
    coroguard::spawn([]() -> task<> {
      throw std::runtime_error("nobody looked");
      co_return;
    }())
        .detach();
    co_await coroguard::sleep(1ms);
  }());
  std::string err = testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("nobody looked"), std::string::npos) << err;
  EXPECT_NE(err.find("[coroguard-exception-never-retrieved]"), std::string::npos) << err;
  coroguard_test::expect_reported(reports, "exception-never-retrieved", 1);
}

TEST(Spawn, PendingTasksAreDestroyedWithTheLoop) {
  struct guard {
    bool& released;
    ~guard() { released = true; }
  };
  bool released = false;
  coroguard::debug::expect_reports reports;
  coroguard::run([&]() -> task<> {
    coroguard::spawn([](bool& released) -> task<> {
      guard g{released};
      co_await coroguard::sleep(std::chrono::hours(1));
    }(released))
        .detach();
    co_await coroguard::sleep(1ms);
  }());
  EXPECT_TRUE(released);
  coroguard_test::expect_reported(reports, "pending-task-destroyed", 1);
}

TEST(Spawn, OutsideALoopThrows) {
  // The handle is discarded on purpose: spawn must throw before making one (and the task it
  // was given is dropped unstarted).
  coroguard::debug::expect_reports reports;
  EXPECT_THROW((void)coroguard::spawn([]() -> task<> { co_return; }()),  // NOLINT(coroguard-detached-task)
               std::logic_error);
  coroguard_test::expect_reported(reports, "unawaited-task", 1);
}

}  // namespace
