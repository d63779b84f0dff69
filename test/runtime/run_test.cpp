// run(main): result, exception, and a main task that can never be resumed.
#include <gtest/gtest.h>
#include <coroguard/coroguard.hpp>

#include "test_support.hpp"

#include <chrono>
#include <coroutine>
#include <ctime>
#include <stdexcept>

namespace {

using coroguard::task;

TEST(Run, ReturnsMainsValue) {
  EXPECT_EQ(coroguard::run([]() -> task<int> { co_return 3; }()), 3);
}

TEST(Run, RethrowsMainsException) {
  EXPECT_THROW(coroguard::run([]() -> task<> {
                 throw std::invalid_argument("bad");
                 co_return;
               }()),
               std::invalid_argument);
}

TEST(Run, ReportsAMainTaskNothingCanWake) {
  struct never {
    bool await_ready() { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() {}
  };
  coroguard::debug::expect_reports reports;
  EXPECT_THROW(coroguard::run([]() -> task<> { co_await never{}; }()), std::runtime_error);
  coroguard_test::expect_reported(reports, "deadlock", 1);
  coroguard_test::expect_reported(reports, "pending-task-destroyed", 0);
}

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// A loop with only a timer to wait for blocks until it is due: it must not spin on a core for
// the length of the sleep (Asio's run_one_until returns at once when it has no I/O).
TEST(Run, WaitsForATimerWithoutSpinning) {
  double before = thread_cpu_seconds();
  coroguard::run([]() -> task<> { co_await coroguard::sleep(std::chrono::milliseconds(300)); }());
  // Spinning would burn most of the 300 ms; a blocked thread uses next to none.
  EXPECT_LT(thread_cpu_seconds() - before, 0.1);
}

TEST(Run, LoopsCanRunOneAfterAnother) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(coroguard::run([](int i) -> task<int> { co_return i; }(i)), i);
}

}  // namespace
