// The consumer's service: awaits one record and forgets to await the next (the sanitizer
// reports it at the call).
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <cstdio>

#include "jobs.hpp"

boost::asio::awaitable<void> handle() {
  co_await record(1);
  record(2);  // the bug: never awaited, never runs
}

int main() {
  boost::asio::io_context ctx;
  boost::asio::co_spawn(ctx, handle(), boost::asio::detached);
  ctx.run();
  std::printf("recorded %d\n", recorded);
}
