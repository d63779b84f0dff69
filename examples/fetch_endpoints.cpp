// Fetch three endpoints concurrently from a local HTTP server the example starts itself: User,
// Orders and Payments answer after 2, 1 and 3 seconds. gather returns the results in the order
// asked, and the whole fetch takes about 3 seconds (the slowest), not 6 (the sum).
#include <chrono>
#include <cstdio>
#include <string>

#include <coroguard/http.hpp>

#include "example.hpp"

using namespace std::chrono_literals;
namespace http = coroguard::http;

// The server: each endpoint answers after its delay.
coroguard::task<http::response> answer(const http::request& req) {
  std::string path(req.target());
  auto delay = path == "/user" ? 2s : path == "/orders" ? 1s : path == "/payments" ? 3s : 0s;
  co_await coroguard::sleep(delay);
  http::response res{boost::beast::http::status::ok, req.version()};
  res.set(boost::beast::http::field::content_type, "application/json");
  res.body() = "{\"endpoint\": \"" + path + "\"}";
  res.prepare_payload();
  co_return res;
}

coroguard::task<std::string> fetch(std::uint16_t port, std::string path) {
  auto start = coroguard::now();
  http::response res = co_await http::get("http://127.0.0.1:" + std::to_string(port) + path);
  std::printf("%s answered after %.1f s\n", path.c_str(), example::seconds_since(start));
  co_return res.body();
}

coroguard::task<> amain() {
  auto listener = coroguard::net::tcp::listener::bind("127.0.0.1", 0);
  auto server = coroguard::spawn(http::serve(listener, answer));
  auto start = coroguard::now();
  auto [user, orders, payments] = co_await coroguard::gather(
      fetch(listener.port(), "/user"), fetch(listener.port(), "/orders"), fetch(listener.port(), "/payments"));
  std::printf("results in order: %s %s %s\n", user.c_str(), orders.c_str(), payments.c_str());
  std::printf("total %.1f s (the slowest endpoint, not the sum of 6 s)\n", example::seconds_since(start));
  server.cancel();
  try {
    co_await server;
  } catch (const coroguard::cancelled_error&) {}
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
