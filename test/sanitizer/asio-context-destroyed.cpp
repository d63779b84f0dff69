// Boost.Asio 1.81: a co_spawn'ed coroutine still waiting on its timer when its io_context is
// destroyed. Asio destroys the waiting frame with the context's pending operations, so the
// rest of its body (the commit) never runs: pending-task-destroyed, at the wait.
// RUN: %san_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// RUN: %san_cxx -O2 %s -o %t.o2
// RUN: sh -c '%t.o2 2> %t.o2.err; true'
// RUN: FileCheck %s < %t.o2.err
// EXIT: exit 23
// CHECK: asio-context-destroyed.cpp:[[@LINE+17]]:{{[0-9]+}}: warning: task 'flush_later' was destroyed while suspended; the rest of its body never ran [coroguard-pending-task-destroyed]
// CHECK: suspended at {{.*}}asio-context-destroyed.cpp:[[@LINE+16]]
// CHECK: hint: await or cancel the task before its event loop goes away
// CHECK-NOT: warning:
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <cstdio>

namespace asio = boost::asio;
using namespace std::chrono_literals;

asio::awaitable<void> flush_later() {
  asio::steady_timer timer(co_await asio::this_coro::executor, 1h);
  co_await timer.async_wait(asio::use_awaitable);
  std::puts("committed");
}

int main() {
  {
    asio::io_context ctx;
    asio::co_spawn(ctx, flush_later(), asio::detached);
    ctx.run_for(10ms);  // the bug: the context goes away with the flush still waiting
  }
  std::puts("done");
}
