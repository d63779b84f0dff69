// `coroguard tasks` and `coroguard bt` in gdb and lldb list the frames of a program built with
// coroguard-clang++, whatever library made them (Boost.Asio here): live at a breakpoint in the
// innermost coroutine, and from a core file of the hung program.
// RUN: %san_cxx -g %s -o %t
// RUN: %gdb -ex 'break stop_here' -ex run -ex 'coroguard tasks' -ex 'coroguard bt all' %t 2>&1 | FileCheck %s --check-prefixes=CHECK,LIVE
// RUN: %lldb -o 'b stop_here' -o run -o 'coroguard tasks' -o 'coroguard bt all' %t 2>&1 | FileCheck %s --check-prefixes=CHECK,LIVE
// A core file (not under ASan: gcore writes no usable core of an ASan program, with its shadow memory).
// RUN: %if !sanitizer %{ rm -f %t.core && env COROGUARD_HANG=1 %make_core %t %t.core %}
// RUN: %if !sanitizer %{ %gdb -ex 'coroguard tasks' -ex 'coroguard bt all' %t %t.core 2>&1 | FileCheck %s --check-prefixes=CHECK,CORE %}
// RUN: %if !sanitizer %{ %lldb -o 'coroguard tasks' -o 'coroguard bt all' -c %t.core %t 2>&1 | FileCheck %s --check-prefixes=CHECK,CORE %}
// CHECK: suspended handle_request(int) debugger-tasks.cpp:[[@LINE+36]] in main() debugger-tasks.cpp:[[@LINE+30]]
// LIVE: running read_reply() debugger-tasks.cpp:[[@LINE+29]] in handle_request(int)
// CORE: suspended read_reply() debugger-tasks.cpp:[[@LINE+28]] in handle_request(int) debugger-tasks.cpp:[[@LINE+23]]
// CHECK: live task(s)
// LIVE: task #{{[0-9]+}} read_reply() (running)
// CORE: task #{{[0-9]+}} read_reply() at debugger-tasks.cpp:[[@LINE+20]]
// CHECK-NEXT: task #{{[0-9]+}} handle_request(int) at debugger-tasks.cpp:[[@LINE+24]]
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace asio = boost::asio;
using namespace std::chrono_literals;

extern "C" [[gnu::noinline]] void stop_here() { asm volatile(""); }

asio::awaitable<int> read_reply() {
  stop_here();
  asio::steady_timer reply(co_await asio::this_coro::executor, std::getenv("COROGUARD_HANG") ? 1h : 1ms);
  co_await reply.async_wait(asio::use_awaitable);
  co_return 1;
}

asio::awaitable<void> handle_request(int id) {
  int reply = co_await read_reply();
  std::printf("request %d: %d\n", id, reply);
}

int main() {
  asio::io_context ctx;
  asio::co_spawn(ctx, handle_request(7), asio::detached);
  std::printf("hung pid=%d\n", getpid());
  std::fflush(stdout);
  ctx.run();
}
