// A correct Boost.Asio client with timeouts (awaitable operators, a steady_timer, strings kept
// alive by the coroutine frame): no coroguard check may report anything here.
// RUN: %coroguard_tidy %s -checks='-*,coroguard-*' -- -std=c++20 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace asio = boost::asio;
using namespace asio::experimental::awaitable_operators;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;
using namespace std::chrono_literals;

awaitable<void> timeout(std::chrono::steady_clock::duration d) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_after(d);
  co_await timer.async_wait(use_awaitable);
}

awaitable<std::string> request(tcp::socket &socket, std::string_view path) {
  std::string line = "GET " + std::string(path) + " HTTP/1.0\r\n\r\n";
  co_await asio::async_write(socket, asio::buffer(line), use_awaitable);
  std::string reply;
  auto n = co_await asio::async_read_until(socket, asio::dynamic_buffer(reply), "\r\n", use_awaitable);
  reply.resize(n);
  co_return reply;
}

awaitable<void> client(std::string host, std::vector<std::string> paths) {
  auto executor = co_await asio::this_coro::executor;
  tcp::resolver resolver(executor);
  auto endpoints = co_await resolver.async_resolve(host, "80", use_awaitable);
  tcp::socket socket(executor);
  co_await asio::async_connect(socket, endpoints, use_awaitable);
  for (const auto &path : paths) {
    auto result = co_await (request(socket, path) || timeout(2s));
    if (result.index() == 1) {
      std::printf("%s: timed out\n", path.c_str());
      co_return;
    }
    std::printf("%s: %s\n", path.c_str(), std::get<0>(result).c_str());
  }
}

int main() {
  asio::io_context io;
  asio::co_spawn(io, client("localhost", {"/a", "/b"}), [](std::exception_ptr e) {
    try {
      if (e)
        std::rethrow_exception(e);
    } catch (const std::exception &err) {
      std::printf("client: %s\n", err.what());
    }
  });
  io.run();
}
