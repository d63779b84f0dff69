// Boost.Asio 1.81: a handler coroutine computes for 600 ms in one step. The watchdog reports it
// during the stall (slow-step), at the computing loop, with the time on the CPU: the thread runs
// no loop of coroguard's, its steps are the instrumented frames'.
// RUN: %san_cxx %s -o %t
// RUN: env COROGUARD_OPTIONS=exitcode=23:slow_ms=200 sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// RUN: %san_cxx -O2 %s -o %t.o2
// RUN: env COROGUARD_OPTIONS=exitcode=23:slow_ms=200 sh -c '%t.o2 2> %t.o2.err; true'
// RUN: FileCheck %s < %t.o2.err
// EXIT: exit 23
// CHECK: asio-slow-step.cpp:{{3[23]}}:{{[0-9]+}}: warning: the step of task 'checksum' has kept the loop thread for {{[0-9]+}} ms and is still running
// CHECK: in checksum{{.*}}asio-slow-step.cpp
// CHECK: on CPU {{[0-9]+}} ms
// CHECK: hint: move blocking or CPU-heavy work off the event loop's thread
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <cstdint>
#include <cstdio>

namespace asio = boost::asio;

volatile std::uint64_t sink;

asio::awaitable<void> checksum() {
  co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(600);
  std::uint64_t h = 1469598103934665603u;
  while (std::chrono::steady_clock::now() < end)  // the bug: 600 ms without a suspension
    for (int i = 0; i < 1000; ++i) h = (h ^ static_cast<std::uint64_t>(i)) * 1099511628211u;
  sink = h;
}

int main() {
  asio::io_context ctx;
  asio::co_spawn(ctx, checksum(), asio::detached);
  ctx.run();
  std::puts("done");
}
