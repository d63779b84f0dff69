// detached-task on the real Boost.Asio 1.81 and standalone Asio 1.22 headers: co_spawn's last
// parameter is a defaulted constraint, so the token is found as the last argument written.
// RUN: %check_tidy %s coroguard-detached-task %t -- -std=c++20
// RUN: %check_tidy --suffix=STANDALONE %s coroguard-detached-task %t -- -std=c++20 -DSTANDALONE -DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1
#ifdef STANDALONE
#include <asio.hpp>
#include <asio/experimental/as_tuple.hpp>
namespace net = asio;
using asio::experimental::as_tuple;
#else
#include <boost/asio.hpp>
namespace net = boost::asio;
using boost::asio::as_tuple;
#endif
#include <exception>
#include <memory>
#include <stdexcept>

net::awaitable<void> listener();
net::awaitable<void> unguarded() {
  co_await listener();
  throw std::runtime_error("lost");
}
// The whole body catches: detaching it loses nothing.
net::awaitable<void> guarded() {
  try {
    co_await listener();
  } catch (std::exception &) {
  }
}
net::awaitable<void> catch_all() {
  try {
    co_await listener();
  } catch (...) {
  }
}
// Catches only one kind: the rest is lost.
net::awaitable<void> partly_guarded() {
  try {
    co_await listener();
  } catch (std::runtime_error &) {
  }
}

// Every failure of what it awaits comes back as a value (as_tuple): nothing to lose.
net::awaitable<void> echo(net::ip::tcp::socket socket) {
  char data[64];
  for (;;) {
    auto [error, n] = co_await socket.async_read_some(net::buffer(data), as_tuple(net::use_awaitable));
    if (error)
      break;
    auto [error2, written] = co_await net::async_write(socket, net::buffer(data, n), as_tuple(net::use_awaitable));
    if (error2)
      break;
  }
}
// ... unless it throws one itself, or awaits something that throws.
net::awaitable<void> echo_or_throw(net::ip::tcp::socket socket) {
  char data[64];
  auto [error, n] = co_await socket.async_read_some(net::buffer(data), as_tuple(net::use_awaitable));
  if (error)
    throw std::runtime_error("read failed");
}
net::awaitable<void> accept_one(net::ip::tcp::acceptor &acceptor) {
  auto [error, socket] = co_await acceptor.async_accept(as_tuple(net::use_awaitable));
  co_await acceptor.async_accept(net::use_awaitable);
}
// Errors as values, plus awaits that fail only when cancelled (this_coro::executor, a timer's
// wait): what detached would drop is a cancellation someone asked for (Asio's throttling_proxy).
net::awaitable<void> accept_loop(net::ip::tcp::acceptor &acceptor) {
  for (;;) {
    auto [e, client] = co_await acceptor.async_accept(as_tuple(net::use_awaitable));
    if (!e)
      continue;
    net::steady_timer timer(co_await net::this_coro::executor);
    timer.expires_after(std::chrono::milliseconds(100));
    co_await timer.async_wait(net::use_awaitable);
  }
}
// ... but constructing an acceptor on an endpoint binds it, and throws when that fails (the
// echo_server_with_as_tuple_default example): that error is what detached drops.
net::awaitable<void> bind_and_accept() {
  auto executor = co_await net::this_coro::executor;
  net::ip::tcp::acceptor acceptor(executor, {net::ip::tcp::v4(), 55555});
  for (;;) {
    auto [e, socket] = co_await acceptor.async_accept(as_tuple(net::use_awaitable));
    if (e)
      break;
  }
}
void serve(net::ip::tcp::acceptor &acceptor, net::ip::tcp::socket a, net::ip::tcp::socket b) {
  net::co_spawn(acceptor.get_executor(), bind_and_accept(), net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: 'co_spawn' with 'detached'
  // CHECK-MESSAGES-STANDALONE: :[[@LINE-2]]:61: warning: 'co_spawn' with 'detached'
  net::co_spawn(acceptor.get_executor(), accept_loop(acceptor), net::detached);
  net::co_spawn(acceptor.get_executor(), echo(std::move(a)), net::detached);
  net::co_spawn(acceptor.get_executor(), echo_or_throw(std::move(b)), net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:71: warning: 'co_spawn' with 'detached'
  // CHECK-MESSAGES-STANDALONE: :[[@LINE-2]]:71: warning: 'co_spawn' with 'detached'
  net::co_spawn(acceptor.get_executor(), accept_one(acceptor), net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: 'co_spawn' with 'detached'
  // CHECK-MESSAGES-STANDALONE: :[[@LINE-2]]:64: warning: 'co_spawn' with 'detached'
}

struct session : std::enable_shared_from_this<session> {
  net::awaitable<void> reader() {
    try {
      co_await listener();
    } catch (std::exception &) {
    }
  }
  net::awaitable<void> writer() { co_await listener(); }
  void start(net::any_io_executor ex) {
    net::co_spawn(ex, [self = shared_from_this()] { return self->reader(); }, net::detached);
    net::co_spawn(ex, [self = shared_from_this()] { return self->writer(); }, net::detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:79: warning: 'co_spawn' with 'detached' drops the task's exception: a failure is never seen [coroguard-detached-task]
    // CHECK-MESSAGES-STANDALONE: :[[@LINE-2]]:79: warning: 'co_spawn' with 'detached' drops the task's exception
  }
};

int main() {
  net::io_context io;
  net::co_spawn(io, unguarded(), net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'co_spawn' with 'detached' drops the task's exception: a failure is never seen [coroguard-detached-task]
  // CHECK-MESSAGES-STANDALONE: :[[@LINE-2]]:34: warning: 'co_spawn' with 'detached' drops the task's exception
  net::co_spawn(io.get_executor(), partly_guarded(), net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: 'co_spawn' with 'detached'
  // CHECK-MESSAGES-STANDALONE: :[[@LINE-2]]:54: warning: 'co_spawn' with 'detached'
  net::co_spawn(io, guarded(), net::detached);
  net::co_spawn(io, catch_all(), net::detached);
  // A handler that looks at the exception, and the default token (deferred): not flagged.
  net::co_spawn(io, unguarded(), [](std::exception_ptr e) {
    if (e)
      std::rethrow_exception(e);
  });
  net::co_spawn(io, unguarded(), [](std::exception_ptr) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: completion handler of 'co_spawn' ignores the exception_ptr: a failure of the task is never seen [coroguard-detached-task]
  // CHECK-MESSAGES-STANDALONE: :[[@LINE-2]]:37: warning: completion handler of 'co_spawn' ignores the exception_ptr
  io.run();
}
