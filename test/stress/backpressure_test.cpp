// A consumer that never reads: the producer waits (bounded memory) instead of buffering without
// end, a timeout gets it out, and what was produced is still there, in order, for a late reader.
#include <gtest/gtest.h>

#include <boost/system/system_error.hpp>
#include <string>

#include "stress_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;
using namespace std::chrono_literals;
namespace tcp = coroguard::net::tcp;

TEST(Backpressure, AProducerOnABoundedQueueNobodyReadsWaitsAndTimesOut) {
  constexpr std::size_t bound = 64;
  int put = 0;
  run_virtual([&]() -> task<> {
    coroguard::queue<int> q(bound);
    auto put_one = [&](int i) -> task<> { co_await q.put(i); };
    EXPECT_THROW(
        {
          for (int i = 0;; ++i) {
            co_await coroguard::with_timeout(1s, put_one(i));
            ++put;
          }
        },
        coroguard::timeout_error);
    EXPECT_EQ(q.size(), bound);
    // Nothing lost: a late reader gets every item that was put, in order.
    for (int i = 0; i < put; ++i) EXPECT_EQ(co_await q.get(), i);
    EXPECT_TRUE(q.empty());
  }());
  EXPECT_EQ(put, static_cast<int>(bound));
}

// TCP: the peer accepts and never reads. write_all fills the socket buffers and then waits; the
// process does not buffer the rest. A timeout cancels the write; the bytes the peer finally reads
// are a prefix of what was sent.
TEST(Backpressure, AWriteToAPeerThatNeverReadsWaitsAndTimesOut) {
  const std::string payload = [] {
    std::string s(64 << 20, '\0');
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<char>(i * 131 % 251);
    return s;
  }();
  std::size_t received = 0;
  bool prefix = true, timed_out = false;
  coroguard::run([&]() -> task<> {
    auto server = tcp::listener::bind("127.0.0.1", 0);
    auto accepting = coroguard::spawn(server.accept());
    auto client = co_await tcp::connect("127.0.0.1", server.port());
    auto peer = co_await accepting;
    try {
      co_await coroguard::with_timeout(300ms, [&]() -> task<> { co_await client.write_all(payload); }());
    } catch (const coroguard::timeout_error&) {
      timed_out = true;
    }
    client.close();
    std::string chunk(1 << 16, '\0');
    for (;;) {
      std::size_t n = 0;
      try {
        n = co_await peer.read_some(boost::asio::buffer(chunk));
      } catch (const boost::system::system_error&) {
        break;  // eof
      }
      prefix = prefix && received + n <= payload.size() && payload.compare(received, n, chunk, 0, n) == 0;
      received += n;
    }
  }());
  EXPECT_TRUE(timed_out);
  EXPECT_GT(received, 0u);
  EXPECT_LT(received, payload.size());
  EXPECT_TRUE(prefix);
  std::printf("[figure] a peer that never reads: %zu of %zu bytes in the socket buffers when the write timed out\n",
              received, payload.size());
}

}  // namespace
