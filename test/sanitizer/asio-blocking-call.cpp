// Boost.Asio 1.81, a blocking sleep in a handler coroutine: every other coroutine of the
// io_context waits (blocking-call, at the call, while a coroutine step runs on the thread);
// the same sleep outside any coroutine is quiet.
// RUN: %san_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// RUN: %san_cxx -O2 %s -o %t.o2
// RUN: sh -c '%t.o2 2> %t.o2.err; true'
// RUN: FileCheck %s < %t.o2.err
// EXIT: exit 23
// CHECK: asio-blocking-call.cpp:[[@LINE+18]]:{{[0-9]+}}: warning: '{{(clock_)?}}nanosleep' blocks the loop thread inside task 'handle'
// CHECK: hint: await the library's asynchronous form of the call
// CHECK-NOT: warning:
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <cstdio>
#include <thread>

namespace asio = boost::asio;
using namespace std::chrono_literals;

asio::awaitable<void> handle(int id) {
  asio::steady_timer timer(co_await asio::this_coro::executor, 1ms);
  co_await timer.async_wait(asio::use_awaitable);
  std::this_thread::sleep_for(20ms);  // the bug: blocks the io_context's thread
  std::printf("handled %d\n", id);
}

int main() {
  std::this_thread::sleep_for(1ms);  // not in a coroutine: fine
  asio::io_context ctx;
  for (int i = 0; i < 2; ++i) asio::co_spawn(ctx, handle(i), asio::detached);
  ctx.run();
}
