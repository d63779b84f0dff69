// task<T>: lazy start, values and exceptions delivered to the awaiter, ownership of the frame.
#include <gtest/gtest.h>
#include <coroguard/coroguard.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

using coroguard::task;

task<int> answer() { co_return 42; }

task<int> add(int a, int b) { co_return co_await answer() - 42 + a + b; }

task<std::unique_ptr<int>> move_only() { co_return std::make_unique<int>(7); }

task<> fail(std::string why) {
  throw std::runtime_error(why);
  co_return;
}

TEST(Task, IsLazyBodyRunsOnlyWhenAwaited) {
  std::vector<std::string> log;
  auto body = [&log]() -> task<> {
    log.push_back("body");
    co_return;
  };
  coroguard::run([&]() -> task<> {
    auto t = body();
    log.push_back("created");
    co_await std::move(t);
    log.push_back("awaited");
  }());
  EXPECT_EQ(log, (std::vector<std::string>{"created", "body", "awaited"}));
}

TEST(Task, DeliversValuesThroughNestedAwaits) { EXPECT_EQ(coroguard::run(add(1, 2)), 3); }

TEST(Task, DeliversMoveOnlyValues) {
  auto p = coroguard::run(move_only());
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 7);
}

TEST(Task, PropagatesExceptionsToTheAwaiter) {
  std::string caught;
  coroguard::run([&]() -> task<> {
    try {
      co_await fail("boom");
    } catch (const std::runtime_error& e) {
      caught = e.what();
    }
  }());
  EXPECT_EQ(caught, "boom");
}

TEST(Task, DestroyingAnUnstartedTaskRunsNothingAndFreesItsArguments) {
  auto owned = std::make_shared<int>(1);
  bool ran = false;
  coroguard::debug::expect_reports reports;
  {
    // Never awaited on purpose: this test is about what destroying it does.
    auto t = [](std::shared_ptr<int> p, bool& ran) -> task<> {  // NOLINT(coroguard-task-never-awaited)
      ran = true;
      co_return;
    }(owned, ran);
    EXPECT_EQ(owned.use_count(), 2);  // the frame holds a copy
  }
  EXPECT_FALSE(ran);
  EXPECT_EQ(owned.use_count(), 1);  // the frame is gone
  coroguard_test::expect_reported(reports, "unawaited-task", 1);
}

TEST(Task, AwaitingAMovedFromTaskThrows) {
  coroguard::debug::expect_reports reports;  // `other` is dropped unawaited when the throw ends the body
  EXPECT_THROW(coroguard::run([]() -> task<> {
                 auto t = answer();
                 auto other = std::move(t);
                 co_await t;
                 co_await std::move(other);
               }()),
               std::logic_error);
  coroguard_test::expect_reported(reports, "unawaited-task", 1);
}

TEST(Task, ManySequentialAwaitsDoNotGrowTheStack) {
  coroguard::debug::expect_reports long_step;  // a million awaits in one step may be reported as slow
  // Symmetric transfer: a long chain of synchronous completions must not overflow the stack.
  auto loop = []() -> task<long> {
    long sum = 0;
    for (int i = 0; i < 1'000'000; ++i) sum += co_await answer();
    co_return sum;
  };
  EXPECT_EQ(coroguard::run(loop()), 42'000'000L);
}

}  // namespace

#if !COROGUARD_DEBUG
// Release builds pay nothing for the debug mode: the per-frame record is an empty class.
static_assert(std::is_empty_v<coroguard::debug::frame_record>);
#endif
