// Boost.Asio 1.81, a forgotten co_await: the helper's awaitable is made and destroyed without
// ever running (unawaited-task, at the call), at -O0 and -O2; the awaited helper is quiet.
// RUN: %san_cxx %s -o %t
// RUN: sh -c '%t > %t.out 2> %t.err; echo "exit $?"' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %san_cxx -O2 %s -o %t.o2
// RUN: sh -c '%t.o2 2> %t.o2.err; true'
// RUN: FileCheck %s < %t.o2.err
// EXIT: exit 23
// OUT: recorded 1
// CHECK: asio-unawaited.cpp:[[@LINE+22]]:{{[0-9]+}}: warning: task returned by 'record' was destroyed without being awaited; its body never ran [coroguard-unawaited-task]
// CHECK: created at:
// CHECK-NEXT: in handle_request{{.*}}asio-unawaited.cpp:[[@LINE+20]]
// CHECK: hint: co_await the task, or hand it to the library's spawn
// CHECK-NOT: warning:
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cstdio>

namespace asio = boost::asio;

int recorded = 0;

asio::awaitable<void> record(int id) {
  recorded += id > 0;
  co_return;
}

asio::awaitable<void> handle_request(int id) {
  co_await record(id);
  record(id + 1);  // the bug: no co_await, so it never runs
}

int main() {
  asio::io_context ctx;
  asio::co_spawn(ctx, handle_request(1), asio::detached);
  ctx.run();
  std::printf("recorded %d\n", recorded);
}
