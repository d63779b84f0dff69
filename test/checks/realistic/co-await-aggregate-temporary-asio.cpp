// co-await-aggregate-temporary on the real Boost.Asio 1.81 headers and on the runtime's own:
// a capturing lambda coroutine handed to co_spawn inside a co_await (built with g++-12
// -fsanitize=address this program reports "attempting double-free"; with the fix it runs
// clean), and a capturing lambda handed to coroguard::to_thread.
// RUN: %check_tidy %s coroguard-co-await-aggregate-temporary %t -- -std=c++20 -I %runtime_include
#include <boost/asio.hpp>
#include <coroguard/coroguard.hpp>
#include <cstdio>
#include <string>

namespace net = boost::asio;

net::awaitable<void> ask(std::string question) {
  auto ex = co_await net::this_coro::executor;
  std::size_t n = co_await net::co_spawn(ex, [question]() -> net::awaitable<std::size_t> { co_return question.size(); }, net::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: GCC 12 destroys this lambda twice: it is built in an expression with co_await, and its captures have destructors (a double free); name it in a statement before [coroguard-co-await-aggregate-temporary]
  // CHECK-FIXES: {{^}}  auto callable = [question]() -> net::awaitable<std::size_t> { co_return question.size(); };{{$}}
  // CHECK-FIXES-NEXT: {{^}}  std::size_t n = co_await net::co_spawn(ex, std::move(callable), net::use_awaitable);{{$}}
  std::printf("%zu\n", n);
}

// The examples' own shapes stay quiet: buffers, this_coro, a parameter passed by value.
net::awaitable<void> echo(net::ip::tcp::socket socket) {
  char data[1024];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(net::buffer(data), net::use_awaitable);
    co_await net::async_write(socket, net::buffer(data, n), net::use_awaitable);
  }
}

net::awaitable<void> ask_named(std::string question) {
  auto ex = co_await net::this_coro::executor;
  auto work = [question]() -> net::awaitable<std::size_t> { co_return question.size(); };
  std::size_t n = co_await net::co_spawn(ex, std::move(work), net::use_awaitable);
  std::printf("%zu\n", n);
}

coroguard::task<std::size_t> measure(std::string path) {
  co_return co_await coroguard::to_thread([path] { return path.size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: GCC 12 destroys this lambda twice
  // CHECK-FIXES: {{^}}  auto callable = [path] { return path.size(); };{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_return co_await coroguard::to_thread(std::move(callable));{{$}}
}

coroguard::task<std::size_t> measure_by_reference(std::string path) {
  // to_thread finishes before the coroutine goes on: a reference capture is safe, and quiet.
  co_return co_await coroguard::to_thread([&path] { return path.size(); });
}
