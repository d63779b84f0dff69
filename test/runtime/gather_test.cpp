// gather, gather_settled, when_any, as_completed: ordering, first error, cancellation.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <tuple>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

task<int> after(std::chrono::milliseconds d, int v) {
  co_await coroguard::sleep(d);
  co_return v;
}

task<> nap(std::chrono::milliseconds d) { co_await coroguard::sleep(d); }

task<int> fail_after(std::chrono::milliseconds d, std::string what) {
  co_await coroguard::sleep(d);
  throw std::runtime_error(what);
}

task<int> slow_with_cleanup(bool& cleaned) {
  cleanup_flag f{cleaned};
  co_await coroguard::sleep(1h);
  co_return 0;
}

TEST(Gather, ResultsComeInArgumentOrderAndTheWaitIsTheLongest) {
  run_virtual([]() -> task<> {
    auto start = coroguard::now();
    auto [a, b, c] = co_await coroguard::gather(after(2000ms, 1), after(1000ms, 2), after(3000ms, 3));
    EXPECT_EQ(std::tie(a, b, c), std::make_tuple(1, 2, 3));
    EXPECT_EQ(ms_since(start), 3000);  // concurrent: the longest, not the sum
  }());
}

TEST(Gather, MixesValueAndVoidTasks) {
  run_virtual([]() -> task<> {
    auto [n, nothing] = co_await coroguard::gather(after(1ms, 5), nap(1ms));
    EXPECT_EQ(n, 5);
    (void)nothing;
  }());
}

TEST(Gather, RangeKeepsInputOrder) {
  run_virtual([]() -> task<> {
    std::vector<task<int>> tasks;
    for (int i = 0; i < 5; ++i) tasks.push_back(after(std::chrono::milliseconds(50 - 10 * i), i));
    auto values = co_await coroguard::gather(std::move(tasks));
    EXPECT_EQ(values, (std::vector<int>{0, 1, 2, 3, 4}));
  }());
}

TEST(Gather, FirstErrorWinsAndTheOthersAreCancelledAndAwaited) {
  bool cleaned = false;
  std::string what;
  run_virtual([&]() -> task<> {
    auto start = coroguard::now();
    try {
      co_await coroguard::gather(slow_with_cleanup(cleaned), fail_after(10ms, "first"), fail_after(20ms, "second"));
    } catch (const std::runtime_error& e) {
      what = e.what();
    }
    EXPECT_TRUE(cleaned);            // the slow one was cancelled and finished before gather threw
    EXPECT_EQ(ms_since(start), 10);  // and nobody waited for the hour
  }());
  EXPECT_EQ(what, "first");
}

TEST(Gather, CancellingTheCallerCancelsEveryChild) {
  bool a = false, b = false;
  run_virtual([&]() -> task<> {
    auto h = coroguard::spawn([](bool& a, bool& b) -> task<> {
      co_await coroguard::gather(slow_with_cleanup(a), slow_with_cleanup(b));
    }(a, b));
    co_await cancel_after(5ms, h);
  }());
  EXPECT_TRUE(a);
  EXPECT_TRUE(b);
}

TEST(GatherSettled, KeepsEveryOutcome) {
  run_virtual([]() -> task<> {
    auto [ok, bad] = co_await coroguard::gather_settled(after(5ms, 1), fail_after(1ms, "bad"));
    EXPECT_TRUE(ok.ok());
    EXPECT_EQ(ok.value(), 1);
    EXPECT_FALSE(bad.ok());
    EXPECT_THROW(bad.value(), std::runtime_error);
  }());
}

TEST(GatherSettled, RangeForm) {
  run_virtual([]() -> task<> {
    std::vector<task<int>> tasks;
    tasks.push_back(after(1ms, 1));
    tasks.push_back(fail_after(2ms, "x"));
    auto outcomes = co_await coroguard::gather_settled(std::move(tasks));
    EXPECT_EQ(outcomes.size(), 2u);
    EXPECT_TRUE(outcomes[0].ok());
    EXPECT_FALSE(outcomes[1].ok());
  }());
}

TEST(WhenAny, TheFirstToFinishWinsAndTheRestAreCancelled) {
  bool cleaned = false;
  run_virtual([&]() -> task<> {
    std::vector<task<int>> tasks;
    tasks.push_back(slow_with_cleanup(cleaned));
    tasks.push_back(after(20ms, 2));
    tasks.push_back(after(10ms, 3));
    auto start = coroguard::now();
    auto first = co_await coroguard::when_any(std::move(tasks));
    EXPECT_EQ(first.index, 2u);
    EXPECT_EQ(first.value, 3);
    EXPECT_EQ(ms_since(start), 10);
    EXPECT_TRUE(cleaned);
  }());
}

TEST(AsCompleted, YieldsInCompletionOrder) {
  std::vector<int> order;
  run_virtual([&]() -> task<> {
    std::vector<task<int>> tasks;
    tasks.push_back(after(30ms, 1));
    tasks.push_back(after(10ms, 2));
    tasks.push_back(after(20ms, 3));
    auto results = coroguard::as_completed(std::move(tasks));
    while (auto v = co_await results.next()) order.push_back(*v);
  }());
  EXPECT_EQ(order, (std::vector<int>{2, 3, 1}));
}

}  // namespace
