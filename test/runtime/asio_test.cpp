// use_task: Asio operations awaited from tasks, over loopback TCP.
#include <gtest/gtest.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/local/connect_pair.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <string>

#include "test_support.hpp"

namespace {

using boost::asio::ip::tcp;
using coroguard::task;

TEST(UseTask, AnEchoOverLoopbackTcp) {
  std::string reply = coroguard::run([]() -> task<std::string> {
    auto& ctx = coroguard::event_loop::current().context();
    tcp::acceptor acceptor(ctx, tcp::endpoint(boost::asio::ip::address_v4::loopback(), 0));
    auto server = coroguard::spawn([](tcp::acceptor& acceptor) -> task<> {
      tcp::socket s = co_await acceptor.async_accept(coroguard::use_task);
      char buf[5];
      std::size_t n = co_await boost::asio::async_read(s, boost::asio::buffer(buf), coroguard::use_task);
      co_await boost::asio::async_write(s, boost::asio::buffer(buf, n), coroguard::use_task);
    }(acceptor));
    tcp::socket client(ctx);
    co_await client.async_connect(acceptor.local_endpoint(), coroguard::use_task);
    co_await boost::asio::async_write(client, boost::asio::buffer("hello", 5), coroguard::use_task);
    std::string got(5, '\0');
    co_await boost::asio::async_read(client, boost::asio::buffer(got), coroguard::use_task);
    co_await server;
    co_return got;
  }());
  EXPECT_EQ(reply, "hello");
}

// An operation that completes at once (the data is already there) resumes its task behind the
// tasks spawned before it, as a due timer does: after `spawn(x); co_await read`, x has started.
TEST(UseTask, ACompletionResumesBehindTheTasksAlreadyReady) {
  coroguard::run([]() -> task<> {
    auto& ctx = coroguard::event_loop::current().context();
    boost::asio::local::stream_protocol::socket a(ctx), b(ctx);
    boost::asio::local::connect_pair(a, b);
    co_await boost::asio::async_write(b, boost::asio::buffer("x", 1), coroguard::use_task);
    bool started = false;
    auto x = coroguard::spawn([](bool& started) -> task<> {
      started = true;
      co_return;
    }(started));
    char c = 0;
    co_await a.async_read_some(boost::asio::buffer(&c, 1), coroguard::use_task);
    EXPECT_EQ(c, 'x');
    EXPECT_TRUE(started);
    co_await x;
  }());
}

TEST(UseTask, AnErrorBecomesASystemError) {
  EXPECT_THROW(coroguard::run([]() -> task<> {
                 tcp::socket s(coroguard::event_loop::current().context());
                 // Port 1 on loopback: nothing listens there.
                 co_await s.async_connect(tcp::endpoint(boost::asio::ip::address_v4::loopback(), 1),
                                          coroguard::use_task);
               }()),
               boost::system::system_error);
}

}  // namespace
