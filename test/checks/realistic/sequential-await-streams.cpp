// sequential-await (opt-in) on real Boost.Asio: `for co_await` over an async stream (Asio's
// range_based_for example) has nothing to start ahead; a range of independent tasks does.
// RUN: %check_tidy %s coroguard-sequential-await %t -- -std=c++20
#include <boost/asio.hpp>
#include <vector>

namespace net = boost::asio;
using net::ip::tcp;

struct connection_iter {
  tcp::acceptor *acceptor;
  tcp::socket socket;
  tcp::socket &operator*() { return socket; }
  net::awaitable<void> operator++() { socket = co_await acceptor->async_accept(net::use_awaitable); }
  bool operator==(const connection_iter &) const { return false; }
};
struct connections {
  tcp::acceptor &acceptor;
  net::awaitable<connection_iter> begin() {
    co_return connection_iter{&acceptor, co_await acceptor.async_accept(net::use_awaitable)};
  }
  connection_iter end() { return {&acceptor, tcp::socket(acceptor.get_executor())}; }
};

net::awaitable<void> greet(tcp::socket &s) { co_await net::async_write(s, net::buffer("hi\r\n", 4), net::use_awaitable); }

net::awaitable<void> listener(tcp::acceptor acceptor) {
  for co_await (tcp::socket &s : connections{acceptor})
    co_await greet(s);
}

net::awaitable<void> greet_all(std::vector<tcp::socket> &sockets) {
  for (tcp::socket &s : sockets)
    co_await greet(s);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: coroutine 'greet_all' awaits 'greet' for one element of the range at a time
}
