// run(main, {.loops = N}): N loops on N threads, tasks staying on their loop, to_loop handing
// work across (values, exceptions and cancellation come back), each loop with its own listener
// on one SO_REUSEPORT port. Run under ThreadSanitizer in the tsan leg.
#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

#include "test_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;

task<std::thread::id> thread_of_this_task() {
  co_await coroguard::sleep(1ms);
  co_return std::this_thread::get_id();
}

TEST(Loops, EachLoopHasItsOwnThreadAndTasksStayOnIt) {
  auto caller = std::this_thread::get_id();
  auto [count, ids] = coroguard::run(
      []() -> task<std::pair<std::size_t, std::set<std::thread::id>>> {
        std::set<std::thread::id> ids;
        for (std::size_t i = 0; i < coroguard::loop_count(); ++i)
          ids.insert(co_await coroguard::to_loop(i, thread_of_this_task()));
        co_return std::pair{coroguard::loop_count(), ids};
      }(),
      {.loops = 3});
  EXPECT_EQ(count, 3u);
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_TRUE(ids.count(caller)) << "loop 0 is the calling thread's";
}

task<std::size_t> index_after_steps() {
  std::size_t first = coroguard::this_loop();
  for (int i = 0; i < 3; ++i) {
    co_await coroguard::sleep(1ms);
    if (coroguard::this_loop() != first) co_return 999;
  }
  co_return first;
}

TEST(Loops, ToLoopReturnsTheValueAndStaysOnTheTargetLoop) {
  std::size_t where = coroguard::run(
      []() -> task<std::size_t> {
        std::size_t there = co_await coroguard::to_loop(1, index_after_steps());
        EXPECT_EQ(coroguard::this_loop(), 0u) << "the awaiting task resumes on its own loop";
        co_return there;
      }(),
      {.loops = 2});
  EXPECT_EQ(where, 1u);
}

task<int> fail_there() {
  co_await coroguard::sleep(1ms);
  throw std::range_error("on loop 1");
}

TEST(Loops, AnExceptionComesBack) {
  EXPECT_THROW(coroguard::run([]() -> task<> { co_await coroguard::to_loop(1, fail_there()); }(), {.loops = 2}),
               std::range_error);
}

TEST(Loops, CancellingTheAwaiterCancelsTheTaskOnTheOtherLoop) {
  bool cleaned = false;
  coroguard::run(
      [](bool& cleaned) -> task<> {
        auto h = coroguard::spawn([](bool& cleaned) -> task<> {
          co_await coroguard::to_loop(1, [](bool& cleaned) -> task<> {
            cleanup_flag flag{cleaned};
            co_await coroguard::sleep(1h);
          }(cleaned));
        }(cleaned));
        co_await coroguard::sleep(20ms);
        h.cancel();
        EXPECT_THROW(co_await h, coroguard::cancelled_error);
      }(cleaned),
      {.loops = 2});
  EXPECT_TRUE(cleaned) << "the task on loop 1 was cancelled and unwound before the caller went on";
}

TEST(Loops, AnIndexOutOfRangeIsAnError) {
  EXPECT_THROW(
      coroguard::run([]() -> task<> { co_await coroguard::to_loop(2, thread_of_this_task()); }(), {.loops = 2}),
      std::out_of_range);
  EXPECT_THROW(coroguard::run([]() -> task<> { co_await coroguard::to_loop(1, thread_of_this_task()); }()),
               std::out_of_range);
}

TEST(Loops, ManyHandOffsBothWays) {
  long long total = coroguard::run(
      []() -> task<long long> {
        long long sum = 0;
        for (int i = 0; i < 200; ++i)
          sum += co_await coroguard::to_loop(static_cast<std::size_t>(i % 2), [](int i) -> task<int> {
            co_await coroguard::sleep(0ms);
            co_return i;
          }(i));
        co_return sum;
      }(),
      {.loops = 2});
  EXPECT_EQ(total, 199 * 200 / 2);
}

// Each loop binds its own listener on one port (SO_REUSEPORT) and accepts there; the clients on
// every loop connect to that port, and every connection is served by some loop's listener.
TEST(Loops, EveryLoopAcceptsOnItsOwnListenerOfOnePort) {
  constexpr int clients_per_loop = 8;
  std::atomic<int> served{0};
  coroguard::run(
      [](std::atomic<int>& served) -> task<> {
        auto first = coroguard::net::tcp::listener::bind("127.0.0.1", 0, {.reuse_port = true});
        const std::uint16_t port = first.port();
        std::vector<coroguard::net::tcp::listener*> listeners(coroguard::loop_count());
        std::atomic<int> clients_done{0};
        co_await coroguard::on_every_loop([&](std::size_t i) -> task<> {
          auto own =
              i == 0 ? std::move(first) : coroguard::net::tcp::listener::bind("127.0.0.1", port, {.reuse_port = true});
          listeners[i] = &own;
          co_await coroguard::with_task_group([&](coroguard::task_group& g) -> task<> {
            g.spawn([](coroguard::net::tcp::listener& l, coroguard::task_group& g, std::atomic<int>& served) -> task<> {
              while (true) {
                std::optional<coroguard::net::tcp::stream> conn;
                try {
                  conn.emplace(co_await l.accept());
                } catch (const std::exception&) {
                  co_return;  // closed: every client is done
                }
                g.spawn([](coroguard::net::tcp::stream s, std::atomic<int>& served) -> task<> {
                  std::array<char, 4> buf;
                  co_await s.read_exactly(boost::asio::buffer(buf));
                  co_await s.write_all({buf.data(), buf.size()});
                  served.fetch_add(1);
                }(std::move(*conn), served));
              }
            }(own, g, served));
            std::vector<task<>> clients;
            for (int c = 0; c < clients_per_loop; ++c)
              clients.push_back([](std::uint16_t port) -> task<> {
                auto s = co_await coroguard::net::tcp::connect("127.0.0.1", port);
                co_await s.write_all("ping");
                std::array<char, 4> back;
                co_await s.read_exactly(boost::asio::buffer(back));
              }(port));
            co_await coroguard::gather(std::move(clients));
            // The last loop whose clients are done closes every listener, each on its own loop.
            if (clients_done.fetch_add(1) + 1 == static_cast<int>(coroguard::loop_count()))
              co_await coroguard::on_every_loop([&](std::size_t j) -> task<> {
                listeners[j]->close();
                co_return;
              });
          });
        });
      }(served),
      {.loops = 2});
  EXPECT_EQ(served.load(), 2 * clients_per_loop);
}

}  // namespace
