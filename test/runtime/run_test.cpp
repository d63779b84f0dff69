// run(main): result, exception, and a main task that can never be resumed.
#include <coroguard/coroguard.hpp>
#include <gtest/gtest.h>

#include "test_support.hpp"

#include <coroutine>
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

TEST(Run, LoopsCanRunOneAfterAnother) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(coroguard::run([](int i) -> task<int> { co_return i; }(i)), i);
}

}  // namespace
