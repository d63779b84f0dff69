// dangling-argument on the real Boost.Asio 1.81 headers: a loop's local bound to a reference
// parameter of a coroutine that co_spawn(..., detached) runs after the iteration ends.
// RUN: %check_tidy %s coroguard-dangling-argument %t -- -std=c++20
#include <boost/asio.hpp>
#include <span>
#include <string>
#include <vector>

namespace net = boost::asio;
using net::awaitable;
using net::use_awaitable;
using net::ip::tcp;

awaitable<void> session(tcp::socket socket, const std::string &peer);
awaitable<void> checksum(std::span<const char> bytes);

awaitable<void> listener(tcp::acceptor acceptor) {
  auto executor = co_await net::this_coro::executor;
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    std::string peer = socket.remote_endpoint().address().to_string();
    net::co_spawn(executor, session(std::move(socket), peer), net::detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: 'peer' dies at the end of the loop iteration, but the task of coroutine 'session' is spawned by 'co_spawn' and keeps a reference to it in parameter 'peer' [coroguard-dangling-argument]
    // CHECK-MESSAGES: :14:64: note: parameter declared here
    std::vector<char> bytes(16);
    net::co_spawn(executor, checksum(bytes), net::detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'bytes' dies at the end of the loop iteration, but the task of coroutine 'checksum' is spawned by 'co_spawn' and keeps a view to it in parameter 'bytes'
  }
}

// Awaited within the iteration, or the coroutine's own local (alive while it runs): quiet.
awaitable<void> sequential(tcp::acceptor &acceptor) {
  std::string greeting = "hello";
  net::co_spawn(co_await net::this_coro::executor, session(tcp::socket(acceptor.get_executor()), greeting), net::detached);
  for (int i = 0; i < 3; ++i) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    std::string peer = socket.remote_endpoint().address().to_string();
    co_await session(std::move(socket), peer);
    co_await net::co_spawn(acceptor.get_executor(), session(tcp::socket(acceptor.get_executor()), peer), use_awaitable);
  }
}
