// A correct Boost.Asio coroutine echo server, written the way Asio's own examples write it:
// no coroguard check may report anything here.
// RUN: %coroguard_tidy %s -checks='-*,coroguard-*' -- -std=c++20 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'
#include <boost/asio.hpp>
#include <cstdio>
#include <memory>
#include <mutex>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;

std::mutex stats_mutex;
std::size_t bytes_echoed = 0;

void count_bytes(std::size_t n) {
  std::lock_guard lock(stats_mutex); // a plain function: fine
  bytes_echoed += n;
}

awaitable<void> echo(tcp::socket socket) {
  try {
    char data[1024];
    for (;;) {
      std::size_t n = co_await socket.async_read_some(asio::buffer(data), use_awaitable);
      {
        std::lock_guard lock(stats_mutex); // released before the next co_await
        bytes_echoed += n;
      }
      co_await asio::async_write(socket, asio::buffer(data, n), use_awaitable);
      count_bytes(n);
    }
  } catch (const std::exception &e) {
    std::printf("echo: %s\n", e.what()); // the coroutine ends here
  }
}

awaitable<void> listener(unsigned short port) {
  auto executor = co_await asio::this_coro::executor;
  tcp::acceptor acceptor(executor, {tcp::v4(), port});
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    asio::co_spawn(executor, echo(std::move(socket)), [](std::exception_ptr e) {
      if (e)
        std::printf("session failed\n");
    });
  }
}

int main() {
  try {
    asio::io_context io(1);
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](auto, auto) { io.stop(); });
    asio::co_spawn(io, listener(55555), [](std::exception_ptr e) {
      if (e)
        std::rethrow_exception(e);
    });
    io.run();
  } catch (const std::exception &e) {
    std::printf("Exception: %s\n", e.what());
  }
}
