// wait_for_signal: the signal is delivered to a task on the loop.
#include <gtest/gtest.h>

#include <csignal>

#include "test_support.hpp"

namespace {

using coroguard::task;

TEST(Signal, ATaskWaitingForASignalGetsIt) {
  int got = coroguard::run([]() -> task<int> {
    auto waiter = coroguard::spawn(coroguard::wait_for_signal({SIGUSR1, SIGUSR2}));
    co_await coroguard::sleep(std::chrono::milliseconds(1));
    std::raise(SIGUSR2);
    co_return co_await waiter;
  }());
  EXPECT_EQ(got, SIGUSR2);
}

TEST(Signal, CancellingTheWaitStopsIt) {
  coroguard::run([]() -> task<> {
    auto waiter = coroguard::spawn(coroguard::wait_for_signal({SIGUSR1}));
    co_await coroguard_test::cancel_after(std::chrono::milliseconds(1), waiter);
  }());
}

}  // namespace
