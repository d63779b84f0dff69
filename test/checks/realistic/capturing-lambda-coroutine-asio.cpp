// capturing-lambda-coroutine on the real Boost.Asio 1.81 headers: co_spawn of a capturing
// lambda coroutine called on the temporary lambda; a capturing lambda coroutine handed to
// post, which calls it and destroys it (its awaitable is dropped unrun).
// RUN: %check_tidy %s coroguard-capturing-lambda-coroutine %t -- -std=c++20
#include <boost/asio.hpp>
#include <cstdio>
#include <string>

namespace net = boost::asio;

void start(net::io_context &io, std::string greeting) {
  net::co_spawn(io, [greeting]() -> net::awaitable<void> {
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the task of this capturing lambda coroutine is spawned by 'co_spawn', but the captures die with the lambda at the end of the statement
    std::printf("%s\n", greeting.c_str());
    co_return;
  }(), net::detached);
  // Parameters are copied into the frame; a lambda awaited on the spot lives long enough.
  net::co_spawn(io, [](std::string g) -> net::awaitable<void> {
    std::printf("%s\n", g.c_str());
    co_return;
  }(greeting), net::detached);
}

net::awaitable<void> inline_call(std::string greeting) {
  co_await [&greeting]() -> net::awaitable<void> {
    std::printf("%s\n", greeting.c_str());
    co_return;
  }();
}

void later(net::io_context &io, std::string greeting) {
  net::post(io, [greeting]() -> net::awaitable<void> {
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'post' calls this capturing lambda coroutine and destroys it while its task may still run: the task reads destroyed captures [coroguard-capturing-lambda-coroutine]
    std::printf("%s\n", greeting.c_str());
    co_return;
  });
  // co_spawn keeps the function object alive in its own frame while the task runs.
  net::co_spawn(io, [greeting]() -> net::awaitable<void> {
    std::printf("%s\n", greeting.c_str());
    co_return;
  }, net::detached);
  // A plain callable (no coroutine) is done when it returns.
  net::post(io, [greeting] { std::printf("%s\n", greeting.c_str()); });
}
