// Boost.Asio 1.81: an io_context stopped on purpose (io_context::stop(), as every Asio server's
// signal handler does) cancels the coroutines still waiting on it when it is destroyed: quiet,
// as asyncio.run cancels what is left. After restart() the context is live again, and a frame
// it destroys while waiting is reported.
// RUN: %san_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// EXIT: exit 23
// CHECK: asio-stopped-context.cpp:[[@LINE+15]]:{{[0-9]+}}: warning: task 'wait_for_work' was destroyed while suspended
// CHECK-NOT: warning:
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>

namespace asio = boost::asio;
using namespace std::chrono_literals;

asio::awaitable<void> wait_for_work() {
  asio::steady_timer timer(co_await asio::this_coro::executor, 1h);
  co_await timer.async_wait(asio::use_awaitable);
}

int main() {
  {
    asio::io_context ctx;
    asio::co_spawn(ctx, wait_for_work(), asio::detached);
    asio::post(ctx, [&] { ctx.stop(); });  // the shutdown: fine
    ctx.run();
  }
  asio::io_context ctx;
  ctx.stop();
  ctx.restart();
  asio::co_spawn(ctx, wait_for_work(), asio::detached);
  ctx.run_for(10ms);  // the bug: destroyed below with the wait pending
}
