// with_timeout and the virtual clock.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

TEST(Timeout, ReturnsTheValueInTime) {
  int v = run_virtual([]() -> task<int> {
    co_return co_await coroguard::with_timeout(100ms, []() -> task<int> {
      co_await coroguard::sleep(10ms);
      co_return 4;
    }());
  }());
  EXPECT_EQ(v, 4);
}

TEST(Timeout, CancelsTheInnerTaskAndWaitsForItsCleanupBeforeThrowing) {
  std::vector<std::string> log;
  run_virtual([&]() -> task<> {
    auto start = coroguard::now();
    try {
      co_await coroguard::with_timeout(50ms, [](std::vector<std::string>& log) -> task<> {
        std::exception_ptr cancelled;
        try {
          co_await coroguard::sleep(1h);
        } catch (const coroguard::cancelled_error&) {
          log.push_back("inner cancelled");
          cancelled = std::current_exception();
        }
        co_await coroguard::sleep(5ms);  // async cleanup: with_timeout waits for it
        log.push_back("inner cleaned up");
        if (cancelled) std::rethrow_exception(cancelled);
      }(log));
    } catch (const coroguard::timeout_error&) {
      log.push_back("timeout");
    }
    EXPECT_EQ(ms_since(start), 55);
  }());
  EXPECT_EQ(log, (std::vector<std::string>{"inner cancelled", "inner cleaned up", "timeout"}));
}

TEST(Timeout, AnInnerErrorIsNotATimeout) {
  run_virtual([]() -> task<> {
    EXPECT_THROW(co_await coroguard::with_timeout(1s,
                                                  []() -> task<> {
                                                    co_await coroguard::sleep(1ms);
                                                    throw std::invalid_argument("inner");
                                                  }()),
                 std::invalid_argument);
  }());
}

TEST(Timeout, CancellingTheCallerIsACancelNotATimeout) {
  run_virtual([]() -> task<> {
    auto h = coroguard::spawn(coroguard::with_timeout(1h, []() -> task<> { co_await coroguard::sleep(2h); }()));
    co_await cancel_after(1ms, h);
  }());
}

TEST(VirtualClock, AnHourOfSleepTakesNoRealTime) {
  run_virtual([]() -> task<> {
    auto start = coroguard::now();
    co_await coroguard::sleep(1h);
    EXPECT_EQ(ms_since(start), 3600 * 1000);
  }());
}

TEST(VirtualClock, TimersDueAtTheSameInstantFireInTheOrderTheyWereSet) {
  std::vector<int> order;
  run_virtual([&]() -> task<> {
    std::vector<task<>> sleepers;
    for (int i = 0; i < 5; ++i)
      sleepers.push_back([](std::vector<int>& order, int i) -> task<> {
        co_await coroguard::sleep(10ms);
        order.push_back(i);
      }(order, i));
    co_await coroguard::gather(std::move(sleepers));
  }());
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

}  // namespace
