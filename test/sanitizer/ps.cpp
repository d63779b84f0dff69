// `coroguard ps`, `pstree` and the console on a running Boost.Asio program built with
// coroguard-clang++: the frames of any coroutine library, listed while the program runs.
// RUN: %san_cxx -g %s -o %t
// RUN: python3 %S/../debugger/live_ps.py %t -- %coroguard ps {pid} -- %coroguard pstree {pid} 2>&1 | FileCheck %s
// The live console serves the same frames, in its documents and in headless Chromium's page.
// RUN: python3 %source_dir/test/browse_console.py -- %t 2>&1 | FileCheck %s --check-prefix=CONSOLE
// CONSOLE: task #{{[0-9]+}} handle_request (suspended) at ps.cpp:{{[0-9]+}}:{{[0-9]+}}
// CONSOLE: task #{{[0-9]+}} read_reply (suspended) at ps.cpp:{{[0-9]+}}:{{[0-9]+}}, waiting for , awaited by #{{[0-9]+}}
// CONSOLE: reports.json 200: 0 report(s)
// CONSOLE: page loaded: True
// CONSOLE: row #{{[0-9]+}} handle_request [suspended] suspended
// CONSOLE: row #{{[0-9]+}} read_reply [suspended] suspended
// CONSOLE: program exit 0
// CHECK: $ ps {{[0-9]+}}
// CHECK-DAG: suspended handle_request(int) ps.cpp:[[@LINE+38]] in main() ps.cpp:[[@LINE+32]]
// CHECK-DAG: suspended read_reply() ps.cpp:[[@LINE+31]] in handle_request(int) ps.cpp:[[@LINE+26]]
// CHECK: exit 0
// CHECK: $ pstree {{[0-9]+}}
// CHECK: task #{{[0-9]+}} handle_request(int) at ps.cpp:[[@LINE+28]]
// CHECK-NEXT: └── task #{{[0-9]+}} read_reply() at ps.cpp:[[@LINE+22]]
// CHECK: exit 0
// CHECK: program exit 0
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace asio = boost::asio;
using namespace std::chrono_literals;

asio::steady_timer* reply_timer;

asio::awaitable<int> read_reply() {
  asio::steady_timer reply(co_await asio::this_coro::executor, 1h);
  reply_timer = &reply;
  co_await reply.async_wait(asio::as_tuple(asio::use_awaitable));
  co_return 1;
}

asio::awaitable<void> handle_request(int id) {
  int reply = co_await read_reply();
  std::printf("request %d: %d\n", id, reply);
}

int main() {
  asio::io_context ctx;
  asio::co_spawn(ctx, handle_request(7), asio::detached);
  ctx.run_for(20ms);
  std::printf("ready pid=%d\n", getpid());
  std::fflush(stdout);
  // The test driver closes stdin when the program may finish: then the reply comes.
  std::thread stdin_closed([&] {
    while (std::getchar() != EOF) {
    }
    asio::post(ctx, [] { reply_timer->cancel(); });
  });
  ctx.restart();
  ctx.run();
  stdin_closed.join();
}
