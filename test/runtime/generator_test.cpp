// async_generator and with().
#include <gtest/gtest.h>

#include <stdexcept>

#include "test_support.hpp"

namespace {

using coroguard::async_generator;
using coroguard::task;
using namespace coroguard_test;

async_generator<int> count_to(int n, std::chrono::milliseconds step) {
  for (int i = 1; i <= n; ++i) {
    co_await coroguard::sleep(step);
    co_yield i;
  }
}

TEST(Generator, YieldsValuesThenEnds) {
  std::vector<int> got;
  run_virtual([&]() -> task<> {
    auto g = count_to(3, 10ms);
    while (auto v = co_await g.next()) got.push_back(*v);
    EXPECT_FALSE(co_await g.next());
  }());
  EXPECT_EQ(got, (std::vector<int>{1, 2, 3}));
}

TEST(Generator, ManySynchronousYieldsDoNotGrowTheStack) {
  coroguard::debug::expect_reports long_step;  // a million yields in one step may be reported as slow
  long long sum = run_virtual([]() -> task<long long> {
    auto numbers = []() -> async_generator<int> {
      for (int i = 0; i < 1'000'000; ++i) co_yield i;
    }();
    long long s = 0;
    while (auto v = co_await numbers.next()) s += *v;
    co_return s;
  }());
  EXPECT_EQ(sum, 499999500000LL);
}

TEST(Generator, AnExceptionLeavesThroughNext) {
  run_virtual([]() -> task<> {
    auto g = []() -> async_generator<int> {
      co_yield 1;
      throw std::runtime_error("broken");
    }();
    EXPECT_EQ(*co_await g.next(), 1);
    EXPECT_THROW(co_await g.next(), std::runtime_error);
  }());
}

TEST(Generator, APipelineOfGenerators) {
  std::vector<int> got;
  run_virtual([&]() -> task<> {
    auto squares = [](async_generator<int> in) -> async_generator<int> {
      while (auto v = co_await in.next()) co_yield *v** v;
    }(count_to(4, 1ms));
    while (auto v = co_await squares.next()) got.push_back(*v);
  }());
  EXPECT_EQ(got, (std::vector<int>{1, 4, 9, 16}));
}

TEST(Generator, CancellingTheConsumerReachesTheGenerator) {
  bool cleaned = false;
  run_virtual([&]() -> task<> {
    auto h = coroguard::spawn([](bool& cleaned) -> task<> {
      auto g = [](bool& cleaned) -> async_generator<int> {
        cleanup_flag f{cleaned};
        co_await coroguard::sleep(1h);
        co_yield 1;
      }(cleaned);
      (void)co_await g.next();
    }(cleaned));
    co_await cancel_after(1ms, h);
  }());
  EXPECT_TRUE(cleaned);
}

struct connection {
  std::vector<std::string>* log;
  task<> close() {
    co_await coroguard::sleep(1ms);
    log->push_back("closed");
  }
};

TEST(With, ClosesAfterTheBodyReturns) {
  std::vector<std::string> log;
  int v = run_virtual([&]() -> task<int> {
    co_return co_await coroguard::with(connection{&log}, [](connection& c) -> task<int> {
      c.log->push_back("used");
      co_return 3;
    });
  }());
  EXPECT_EQ(v, 3);
  EXPECT_EQ(log, (std::vector<std::string>{"used", "closed"}));
}

TEST(With, ClosesWhenTheBodyThrowsAndTheErrorStands) {
  std::vector<std::string> log;
  run_virtual([&]() -> task<> {
    EXPECT_THROW(co_await coroguard::with(connection{&log},
                                          [](connection&) -> task<> {
                                            throw std::runtime_error("body");
                                            co_return;
                                          }),
                 std::runtime_error);
  }());
  EXPECT_EQ(log, (std::vector<std::string>{"closed"}));
}

TEST(With, ClosesWhenTheTaskIsCancelled) {
  std::vector<std::string> log;
  run_virtual([&]() -> task<> {
    auto h = coroguard::spawn(
        coroguard::with(connection{&log}, [](connection&) -> task<> { co_await coroguard::sleep(1h); }));
    co_await cancel_after(1ms, h);
  }());
  EXPECT_EQ(log, (std::vector<std::string>{"closed"}));
}

}  // namespace
