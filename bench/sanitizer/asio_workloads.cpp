// The coroutine sanitizer's cost on Boost.Asio code: the same program built with clang++ -O2 and
// with coroguard-clang++ -O2 (bench/sanitizer/run.py builds and runs both). Two workloads:
//   spawn   co_spawn of 100k coroutines, each awaiting a helper coroutine: frame creation,
//           suspension, resumption and destruction dominate (the sanitizer's worst case);
//   echo    loopback TCP echo, 4 connections x 5000 round trips of 64 bytes, every side an
//           awaitable coroutine: the system calls dominate, as in a service.
// Prints one line per workload: "<name> <seconds> <items>" (the best of --repeat runs).
#include <array>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

constexpr int spawned = 100'000;
constexpr int echo_connections = 4;
constexpr int echo_round_trips = 5000;
constexpr std::size_t echo_size = 64;

asio::awaitable<int> helper(int i) { co_return i + 1; }

asio::awaitable<int> spawned_task(int i) { co_return co_await helper(i); }

long long spawn_workload() {
  asio::io_context ctx;
  long long sum = 0;
  for (int i = 0; i < spawned; ++i)
    asio::co_spawn(ctx, spawned_task(i), [&sum](std::exception_ptr, int v) { sum += v; });
  ctx.run();
  return sum;
}

asio::awaitable<void> echo_server_side(tcp::socket s) {
  std::array<char, echo_size> buf;
  for (int i = 0; i < echo_round_trips; ++i) {
    co_await asio::async_read(s, asio::buffer(buf), asio::use_awaitable);
    co_await asio::async_write(s, asio::buffer(buf), asio::use_awaitable);
  }
}

asio::awaitable<void> echo_client_side(tcp::endpoint server) {
  tcp::socket s(co_await asio::this_coro::executor);
  co_await s.async_connect(server, asio::use_awaitable);
  std::array<char, echo_size> out{}, in;
  for (int i = 0; i < echo_round_trips; ++i) {
    co_await asio::async_write(s, asio::buffer(out), asio::use_awaitable);
    co_await asio::async_read(s, asio::buffer(in), asio::use_awaitable);
  }
}

asio::awaitable<void> echo_acceptor(tcp::acceptor& acceptor) {
  for (int c = 0; c < echo_connections; ++c)
    asio::co_spawn(acceptor.get_executor(), echo_server_side(co_await acceptor.async_accept(asio::use_awaitable)),
                   asio::detached);
}

long long echo_workload() {
  asio::io_context ctx;
  tcp::acceptor acceptor(ctx, tcp::endpoint(asio::ip::address_v4::loopback(), 0));
  asio::co_spawn(ctx, echo_acceptor(acceptor), asio::detached);
  for (int c = 0; c < echo_connections; ++c)
    asio::co_spawn(ctx, echo_client_side(acceptor.local_endpoint()), asio::detached);
  ctx.run();
  return static_cast<long long>(echo_connections) * echo_round_trips;
}

void measure(const char* name, long long items, const std::function<long long()>& workload, int repeat) {
  double best = 1e30;
  for (int r = 0; r < repeat; ++r) {
    auto start = std::chrono::steady_clock::now();
    volatile long long result = workload();
    (void)result;
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("%s %.6f %lld\n", name, best, items);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 5;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::atoi(argv[i + 1]);
  measure("spawn", spawned, spawn_workload, repeat);
  measure("echo", static_cast<long long>(echo_connections) * echo_round_trips, echo_workload, repeat);
}
