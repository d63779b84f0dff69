// coroguard::net::tcp: TCP streams and listeners for tasks (asyncio.open_connection,
// start_server), on Asio sockets of the current loop. Every operation is a suspension point:
// cancelling the task cancels the operation (cancelled_error); errors are
// boost::system::system_error.
#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "coroguard/asio.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard::net::tcp {

using boost::asio::ip::tcp;

class stream {
 public:
  explicit stream(tcp::socket socket) noexcept : socket_(std::move(socket)) {}

  // co_await: some bytes (at least one), or boost::asio::error::eof at the end.
  auto read_some(boost::asio::mutable_buffer into) { return socket_.async_read_some(into, use_task); }
  // co_await: exactly the buffer's size.
  auto read_exactly(boost::asio::mutable_buffer into) { return boost::asio::async_read(socket_, into, use_task); }
  // co_await: every byte written.
  auto write_all(std::string_view bytes) {
    return boost::asio::async_write(socket_, boost::asio::buffer(bytes.data(), bytes.size()), use_task);
  }

  void close() {
    boost::system::error_code ignored;
    (void)socket_.shutdown(tcp::socket::shutdown_both, ignored);
    (void)socket_.close(ignored);
  }

  tcp::socket& socket() noexcept { return socket_; }

 private:
  tcp::socket socket_;
};

// Resolves `host` and connects to the first address that accepts; throws the last address's
// error when none does.
inline task<stream> connect(std::string host, std::uint16_t port) {
  auto& context = event_loop::current().context();
  tcp::resolver resolver(context);
  auto endpoints = co_await resolver.async_resolve(host, std::to_string(port), use_task);
  boost::system::error_code last = boost::asio::error::host_not_found;
  for (const auto& entry : endpoints) {
    // Opened here rather than by Asio's composed async_connect, which reports a failed open
    // (EMFILE: out of descriptors) as operation_aborted, as if the connect had been cancelled.
    tcp::socket socket(context);
    socket.open(entry.endpoint().protocol());
    try {
      co_await socket.async_connect(entry.endpoint(), use_task);
      co_return stream(std::move(socket));
    } catch (const boost::system::system_error& e) {
      last = e.code();
    }
  }
  throw boost::system::system_error(last, "connect to " + host + ":" + std::to_string(port));
}

struct listen_options {
  // SO_REUSEPORT: several listeners (one per loop of a multi-loop run) share the port, and the
  // kernel spreads the incoming connections over them.
  bool reuse_port = false;
};

class listener {
 public:
  // Listens on `address:port` (port 0: any free port; see port()).
  static listener bind(const std::string& address, std::uint16_t port, listen_options options = {}) {
    tcp::endpoint at(boost::asio::ip::make_address(address), port);
    tcp::acceptor acceptor(event_loop::current().context());
    acceptor.open(at.protocol());
    acceptor.set_option(tcp::acceptor::reuse_address(true));
    if (options.reuse_port)
      acceptor.set_option(boost::asio::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>(true));
    acceptor.bind(at);
    acceptor.listen();
    return listener(std::move(acceptor));
  }

  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }

  // co_await: the next connection.
  task<stream> accept() { co_return stream(co_await acceptor_.async_accept(use_task)); }

  void close() {
    boost::system::error_code ignored;
    (void)acceptor_.close(ignored);
  }

 private:
  explicit listener(tcp::acceptor acceptor) noexcept : acceptor_(std::move(acceptor)) {}
  tcp::acceptor acceptor_;
};

}  // namespace coroguard::net::tcp
