// task_group / with_task_group: structured concurrency.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <utility>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

task<> fail_after(std::chrono::milliseconds d, std::string what) {
  co_await coroguard::sleep(d);
  throw std::runtime_error(what);
}

task<> work(std::chrono::milliseconds d, int& done) {
  co_await coroguard::sleep(d);
  ++done;
}

TEST(TaskGroup, JoinWaitsForEveryMember) {
  int done = 0;
  run_virtual([&]() -> task<> {
    auto start = coroguard::now();
    co_await coroguard::with_task_group([&](coroguard::task_group& g) -> task<> {
      g.spawn(work(10ms, done));
      g.spawn(work(30ms, done));
      g.spawn(work(20ms, done));
      co_return;
    });
    EXPECT_EQ(ms_since(start), 30);
  }());
  EXPECT_EQ(done, 3);
}

TEST(TaskGroup, ReturnsTheBodysValue) {
  int v = run_virtual([]() -> task<int> {
    co_return co_await coroguard::with_task_group([](coroguard::task_group& g) -> task<int> {
      auto h = g.spawn([]() -> task<int> { co_return 20; }());
      co_return co_await h + 1;
    });
  }());
  EXPECT_EQ(v, 21);
}

TEST(TaskGroup, AFailureCancelsTheSiblingsAndTheBodyAndKeepsEveryError) {
  bool sibling_cleaned = false, body_cleaned = false;
  std::vector<std::string> errors;
  run_virtual([&]() -> task<> {
    try {
      co_await coroguard::with_task_group([&](coroguard::task_group& g) -> task<> {
        cleanup_flag f{body_cleaned};
        g.spawn([](bool& cleaned) -> task<> {
          cleanup_flag f{cleaned};
          co_await coroguard::sleep(1h);
        }(sibling_cleaned));
        g.spawn(fail_after(10ms, "a"));
        g.spawn([]() -> task<> {
          try {
            co_await coroguard::sleep(1h);
          } catch (const coroguard::cancelled_error&) {
            throw std::runtime_error("b");  // fails while being cancelled: kept too
          }
        }());
        co_await coroguard::sleep(1h);  // the body is a member: cancelled too
      });
    } catch (const coroguard::task_group_error& e) {
      for (const auto& x : e.errors()) {
        try {
          std::rethrow_exception(x);
        } catch (const std::runtime_error& r) {
          errors.push_back(r.what());
        }
      }
    }
  }());
  EXPECT_TRUE(sibling_cleaned);
  EXPECT_TRUE(body_cleaned);
  EXPECT_EQ(errors, (std::vector<std::string>{"a", "b"}));
}

TEST(TaskGroup, CancellingTheCallerCancelsTheGroup) {
  bool cleaned = false;
  run_virtual([&]() -> task<> {
    auto h = coroguard::spawn([](bool& cleaned) -> task<> {
      co_await coroguard::with_task_group([&](coroguard::task_group& g) -> task<> {
        g.spawn([](bool& cleaned) -> task<> {
          cleanup_flag f{cleaned};
          co_await coroguard::sleep(1h);
        }(cleaned));
        co_return;
      });
    }(cleaned));
    co_await cancel_after(1ms, h);
  }());
  EXPECT_TRUE(cleaned);
}

TEST(TaskGroup, MembersSpawnedWhileJoiningAreAwaitedToo) {
  int done = 0;
  run_virtual([&]() -> task<> {
    coroguard::task_group g;
    g.spawn([](coroguard::task_group& g, int& done) -> task<> {
      co_await coroguard::sleep(5ms);
      g.spawn(work(50ms, done));
      ++done;
    }(g, done));
    co_await g.join();
  }());
  EXPECT_EQ(done, 2);
}

// A group that lives as long as a server (one member per connection) must not keep what its
// finished members left: their results go as they finish, not when the group ends.
struct counted_result {
  explicit counted_result(int& alive) : alive(&alive) { ++alive; }
  counted_result(counted_result&& o) noexcept : alive(std::exchange(o.alive, nullptr)) {}
  ~counted_result() {
    if (alive) --*alive;
  }
  int* alive;
};

TEST(TaskGroup, LetsGoOfFinishedMembersWhileItLives) {
  int alive = 0;
  run_virtual([&]() -> task<> {
    coroguard::task_group g;
    for (int i = 0; i < 100; ++i) {
      (void)g.spawn([](int& alive) -> task<counted_result> {
        co_await coroguard::sleep(1ms);
        co_return counted_result(alive);
      }(alive));
      co_await coroguard::sleep(2ms);
    }
    EXPECT_LE(alive, 1) << "the group kept its finished members' results";
    EXPECT_EQ(g.running(), 0u);
    co_await g.join();
  }());
  EXPECT_EQ(alive, 0);
}

}  // namespace
