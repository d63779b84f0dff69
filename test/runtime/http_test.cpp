// net::tcp and http: a real server and client on loopback.
#include <gtest/gtest.h>
#include <coroguard/coroguard.hpp>
#include <coroguard/http.hpp>

#include <string>

#include "test_support.hpp"

namespace {

using coroguard::task;
namespace http = coroguard::http;
namespace tcp = coroguard::net::tcp;

task<http::response> endpoint(const http::request& req) {
  http::response res{http::beast_http::status::ok, req.version()};
  std::string target(req.target());
  if (target == "/fail") throw std::runtime_error("handler failed");
  if (target.rfind("/data/", 0) != 0) {
    res.result(http::beast_http::status::not_found);
    co_return res;
  }
  co_await coroguard::sleep(std::chrono::milliseconds(5));
  res.body() = "{\"item_id\": " + target.substr(6) + "}";
  co_return res;
}

TEST(Http, ServesConcurrentRequestsAndAnswersEachInOrder) {
  coroguard::run([]() -> task<> {
    auto listener = tcp::listener::bind("127.0.0.1", 0);
    auto server = coroguard::spawn(http::serve(listener, endpoint));
    std::string base = "http://127.0.0.1:" + std::to_string(listener.port());
    auto [a, b, c] = co_await coroguard::gather(http::get(base + "/data/1"), http::get(base + "/data/2"),
                                                http::get(base + "/data/3"));
    EXPECT_EQ(a.body(), "{\"item_id\": 1}");
    EXPECT_EQ(b.body(), "{\"item_id\": 2}");
    EXPECT_EQ(c.body(), "{\"item_id\": 3}");
    auto missing = co_await http::get(base + "/nothing");
    EXPECT_EQ(missing.result_int(), 404);
    auto failed = co_await http::get(base + "/fail");  // the handler's exception: a 500, server lives on
    EXPECT_EQ(failed.result_int(), 500);
    EXPECT_EQ(failed.body(), "handler failed");
    EXPECT_EQ((co_await http::get(base + "/data/4")).result_int(), 200);
    server.cancel();
    EXPECT_THROW(co_await server, coroguard::cancelled_error);
  }());
}

TEST(Http, ABadUrlIsAClearError) {
  EXPECT_THROW(http::url::parse("https://example.invalid/"), std::invalid_argument);
  auto u = http::url::parse("http://localhost:8080/a/b");
  EXPECT_EQ(u.host, "localhost");
  EXPECT_EQ(u.port, 8080);
  EXPECT_EQ(u.target, "/a/b");
}

TEST(Tcp, ConnectionRefusedIsASystemError) {
  EXPECT_THROW(coroguard::run([]() -> task<> { (void)co_await tcp::connect("127.0.0.1", 1); }()),
               boost::system::system_error);
}

}  // namespace
