// Cancellation: it reaches a task wherever it is parked, cleanup runs, and nothing is lost.
#include <gtest/gtest.h>

#include <boost/asio/steady_timer.hpp>
#include <stdexcept>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

// Parks on `wait`, records whether it saw cancelled_error and whether its RAII cleanup ran.
template <class Wait>
task<> parked(Wait wait, bool& saw_cancel, bool& cleaned) {
  cleanup_flag flag{cleaned};
  try {
    co_await wait();
  } catch (const coroguard::cancelled_error&) {
    saw_cancel = true;
    throw;
  }
}

template <class Wait>
void expect_cancel_reaches(Wait wait) {
  bool saw_cancel = false, cleaned = false, joiner_saw_cancel = false;
  run_virtual([&]() -> task<> {
    auto h = coroguard::spawn(parked(wait, saw_cancel, cleaned));
    co_await coroguard::sleep(10ms);
    EXPECT_FALSE(h.done());
    EXPECT_TRUE(h.cancel());
    try {
      co_await h;
    } catch (const coroguard::cancelled_error&) {
      joiner_saw_cancel = true;
    }
    EXPECT_TRUE(h.done());
  }());
  EXPECT_TRUE(saw_cancel);
  EXPECT_TRUE(cleaned);
  EXPECT_TRUE(joiner_saw_cancel);
}

TEST(Cancel, ReachesATaskParkedOnATimer) {
  expect_cancel_reaches([]() -> task<> { co_await coroguard::sleep(std::chrono::hours(1)); });
}

TEST(Cancel, ReachesATaskParkedOnAQueue) {
  coroguard::queue<int> q;
  expect_cancel_reaches([&]() -> task<> { (void)co_await q.get(); });
}

TEST(Cancel, ReachesATaskParkedOnASemaphore) {
  coroguard::semaphore sem(0);
  expect_cancel_reaches([&]() -> task<> { auto p = co_await sem.acquire(); });
  EXPECT_EQ(sem.available(), 0u);
}

TEST(Cancel, ReachesATaskParkedOnAnEvent) {
  coroguard::event e;
  expect_cancel_reaches([&]() -> task<> { co_await e.wait(); });
}

TEST(Cancel, ReachesATaskDeepInAnAwaitChain) {
  expect_cancel_reaches(
      []() -> task<> { co_await []() -> task<> { co_await []() -> task<> { co_await coroguard::sleep(1h); }(); }(); });
}

TEST(Cancel, ReachesATaskParkedOnAnAsioOperation) {
  expect_cancel_reaches([]() -> task<> {
    boost::asio::steady_timer t(coroguard::event_loop::current().context(), std::chrono::hours(1));
    co_await t.async_wait(coroguard::use_task);
  });
}

TEST(Cancel, ReachesATaskParkedOnASocketRead) {
  // A connected loopback socket whose peer never sends: the read waits until cancelled.
  bool saw_cancel = false, cleaned = false;
  coroguard::run([&]() -> task<> {
    auto listener = coroguard::net::tcp::listener::bind("127.0.0.1", 0);
    auto accepted = coroguard::spawn(listener.accept());
    auto client = co_await coroguard::net::tcp::connect("127.0.0.1", listener.port());
    auto server_side = co_await accepted;
    auto reader = coroguard::spawn(parked(
        [&]() -> task<> {
          char byte;
          (void)co_await client.read_some(boost::asio::buffer(&byte, 1));
        },
        saw_cancel, cleaned));
    co_await coroguard::sleep(5ms);
    EXPECT_FALSE(reader.done());
    reader.cancel();
    EXPECT_THROW(co_await reader, coroguard::cancelled_error);
    server_side.close();
  }());
  EXPECT_TRUE(saw_cancel);
  EXPECT_TRUE(cleaned);
}

TEST(Cancel, OfAJoinerCancelsTheTaskItAwaits) {
  bool inner_cleaned = false;
  run_virtual([&]() -> task<> {
    auto outer = coroguard::spawn([](bool& cleaned) -> task<> {
      auto inner = coroguard::spawn([](bool& cleaned) -> task<> {
        cleanup_flag f{cleaned};
        co_await coroguard::sleep(1h);
      }(cleaned));
      co_await inner;
    }(inner_cleaned));
    co_await cancel_after(1ms, outer);
  }());
  EXPECT_TRUE(inner_cleaned);
}

TEST(Cancel, BeforeItStartsTheBodyNeverRuns) {
  bool ran = false;
  run_virtual([&]() -> task<> {
    auto h = coroguard::spawn([](bool& ran) -> task<> {
      ran = true;
      co_return;
    }(ran));
    h.cancel();
    EXPECT_THROW(co_await h, coroguard::cancelled_error);
  }());
  EXPECT_FALSE(ran);
}

TEST(Cancel, OfATaskNotParkedHitsItsNextSuspensionPoint) {
  std::vector<std::string> log;
  run_virtual([&]() -> task<> {
    coroguard::event go;
    auto h = coroguard::spawn([](std::vector<std::string>& log, coroguard::event& go) -> task<> {
      co_await go.wait();
      log.push_back("woken");
      co_await coroguard::sleep(0ms);  // the pending cancel is thrown here
      log.push_back("not reached");
    }(log, go));
    co_await coroguard::sleep(1ms);
    go.set();    // the task is woken: ready to run, no longer parked
    h.cancel();  // so the cancel stays pending
    EXPECT_THROW(co_await h, coroguard::cancelled_error);
  }());
  EXPECT_EQ(log, (std::vector<std::string>{"woken"}));
}

TEST(Cancel, IsNotCaughtByStdExceptionHandlers) {
  bool caught_as_std = false;
  run_virtual([&]() -> task<> {
    auto h = coroguard::spawn([](bool& caught) -> task<> {
      try {
        co_await coroguard::sleep(1h);
      } catch (const std::exception&) {
        caught = true;
      }
    }(caught_as_std));
    co_await cancel_after(1ms, h);
  }());
  EXPECT_FALSE(caught_as_std);
}

TEST(Cancel, ASwallowedCancelLetsTheTaskGoOn) {
  int value = run_virtual([]() -> task<int> {
    auto h = coroguard::spawn([]() -> task<int> {
      try {
        co_await coroguard::sleep(1h);
      } catch (const coroguard::cancelled_error&) {}
      co_await coroguard::sleep(1ms);  // edge-triggered, as asyncio: later waits work
      co_return 7;
    }());
    co_await coroguard::sleep(1ms);
    h.cancel();
    co_return co_await h;
  }());
  EXPECT_EQ(value, 7);
}

TEST(Cancel, OfAFinishedTaskReturnsFalse) {
  run_virtual([]() -> task<> {
    auto h = coroguard::spawn([]() -> task<int> { co_return 1; }());
    co_await coroguard::sleep(1ms);
    EXPECT_FALSE(h.cancel());
    EXPECT_EQ(co_await h, 1);
  }());
}

TEST(Shield, TheCallerIsCancelledButTheInnerTaskFinishes) {
  bool inner_finished = false;
  run_virtual([&]() -> task<> {
    auto h = coroguard::spawn([](bool& finished) -> task<> {
      co_await coroguard::shield([](bool& finished) -> task<> {
        co_await coroguard::sleep(50ms);
        finished = true;
      }(finished));
    }(inner_finished));
    co_await cancel_after(10ms, h);
    EXPECT_FALSE(inner_finished);
    co_await coroguard::sleep(100ms);
  }());
  EXPECT_TRUE(inner_finished);
}

TEST(Cancel, AQueueGetterThatGotItsItemKeepsIt) {
  // The item is handed over and the cancel arrives before the getter resumes: the getter
  // returns the item, and the cancel waits for its next suspension point.
  run_virtual([]() -> task<> {
    coroguard::queue<int> q;
    auto getter = coroguard::spawn([](coroguard::queue<int>& q) -> task<int> {
      int v = co_await q.get();
      co_return v;
    }(q));
    co_await coroguard::sleep(1ms);
    co_await q.put(42);
    getter.cancel();
    EXPECT_EQ(co_await getter, 42);
  }());
}

}  // namespace
