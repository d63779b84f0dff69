// The runtime against its peers, measured in the same process: Boost.Asio's awaitable/co_spawn
// and a raw coroutine (the floor: what creating, resuming and destroying a frame costs).
// Each benchmark's items/s is comparable across rows with the same workload name; run.py adds
// Python asyncio (and uvloop) and prints the ratios.
#include <benchmark/benchmark.h>
#include <coroguard/coroguard.hpp>

#include <array>
#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/channel.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <coroutine>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "sleeping_tasks.hpp"

namespace {

using coroguard::task;
namespace asio = boost::asio;

// --- (a) spawn + join of N trivial tasks -------------------------------------------------
task<int> trivial(int i) { co_return i; }

void spawn_join_coroguard(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    long long sum = coroguard::run([](int n) -> task<long long> {
      std::vector<coroguard::join_handle<int>> handles;
      handles.reserve(n);
      for (int i = 0; i < n; ++i) handles.push_back(coroguard::spawn(trivial(i)));
      long long s = 0;
      for (auto& h : handles) s += co_await h;
      co_return s;
    }(n));
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * n);
}

asio::awaitable<int> trivial_asio(int i) { co_return i; }

void spawn_join_asio(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    asio::io_context ctx;
    long long sum = 0;
    for (int i = 0; i < n; ++i) asio::co_spawn(ctx, trivial_asio(i), [&sum](std::exception_ptr, int v) { sum += v; });
    ctx.run();
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * n);
}

// The floor: a coroutine that does nothing, created, run and destroyed.
struct raw_task {
  struct promise_type {
    raw_task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(int v) noexcept { value = v; }
    void unhandled_exception() noexcept {}
    int value = 0;
  };
  std::coroutine_handle<promise_type> h;
};
raw_task trivial_raw(int i) { co_return i; }

void spawn_join_raw_floor(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    long long sum = 0;
    for (int i = 0; i < n; ++i) {
      raw_task t = trivial_raw(i);
      t.h.resume();
      sum += t.h.promise().value;
      t.h.destroy();
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * n);
}

// --- (b) ping-pong through two queues ---------------------------------------------------------
void queue_ping_pong_coroguard(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    coroguard::run([](int n) -> task<> {
      coroguard::queue<int> ping(1), pong(1);
      auto echo = coroguard::spawn([](coroguard::queue<int>& in, coroguard::queue<int>& out, int n) -> task<> {
        for (int i = 0; i < n; ++i) co_await out.put(co_await in.get());
      }(ping, pong, n));
      for (int i = 0; i < n; ++i) {
        co_await ping.put(i);
        benchmark::DoNotOptimize(co_await pong.get());
      }
      co_await echo;
    }(n));
  }
  state.SetItemsProcessed(state.iterations() * n);
}

// Asio's peer: two channels of capacity 1, awaited with use_awaitable.
using int_channel = asio::experimental::channel<void(boost::system::error_code, int)>;

void queue_ping_pong_asio(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    asio::io_context ctx;
    int_channel ping(ctx, 1), pong(ctx, 1);
    asio::co_spawn(
        ctx,
        [&]() -> asio::awaitable<void> {
          for (int i = 0; i < n; ++i)
            co_await pong.async_send({}, co_await ping.async_receive(asio::use_awaitable), asio::use_awaitable);
        },
        asio::detached);
    asio::co_spawn(
        ctx,
        [&]() -> asio::awaitable<void> {
          for (int i = 0; i < n; ++i) {
            co_await ping.async_send({}, i, asio::use_awaitable);
            benchmark::DoNotOptimize(co_await pong.async_receive(asio::use_awaitable));
          }
        },
        asio::detached);
    ctx.run();
  }
  state.SetItemsProcessed(state.iterations() * n);
}

// Asio has no ranged gather in 1.81: children are co_spawned and report on a channel, in the
// shape a user would write.
asio::awaitable<long long> gather_asio(std::vector<asio::awaitable<long long>> children) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<long long> values(children.size());
  asio::experimental::channel<void(boost::system::error_code)> done(ex, children.size());
  for (std::size_t i = 0; i < children.size(); ++i)
    asio::co_spawn(ex, std::move(children[i]), [&values, &done, i](std::exception_ptr, long long v) {
      values[i] = v;
      done.try_send(boost::system::error_code{});
    });
  for (std::size_t i = 0; i < values.size(); ++i) co_await done.async_receive(asio::use_awaitable);
  long long sum = 0;
  for (long long v : values) sum += v;
  co_return sum;
}

asio::awaitable<long long> trivial_asio_ll(long long i) { co_return i; }

void gather_fan_out_asio(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    asio::io_context ctx;
    asio::co_spawn(
        ctx,
        [n]() -> asio::awaitable<void> {
          std::vector<asio::awaitable<long long>> children;
          for (int i = 0; i < n; ++i) children.push_back(trivial_asio_ll(i));
          benchmark::DoNotOptimize(co_await gather_asio(std::move(children)));
        },
        asio::detached);
    ctx.run();
  }
  state.SetItemsProcessed(state.iterations() * n);
}

asio::awaitable<long long> skynet_asio(long long num, int depth) {
  if (depth == 0) co_return num;
  std::vector<asio::awaitable<long long>> children;
  for (int i = 0; i < 10; ++i) children.push_back(skynet_asio(num * 10 + i, depth - 1));
  co_return co_await gather_asio(std::move(children));
}

void skynet_asio_bench(benchmark::State& state) {
  const int depth = static_cast<int>(state.range(0));
  long long leaves = 1;
  for (int i = 0; i < depth; ++i) leaves *= 10;
  for (auto _ : state) {
    asio::io_context ctx;
    asio::co_spawn(ctx, skynet_asio(0, depth), [](std::exception_ptr, long long v) { benchmark::DoNotOptimize(v); });
    ctx.run();
  }
  state.SetItemsProcessed(state.iterations() * leaves);
}

// --- (c) gather fan-out ---------------------------------------------------------------------
void gather_fan_out_coroguard(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto values = coroguard::run([](int n) -> task<std::vector<int>> {
      std::vector<task<int>> tasks;
      tasks.reserve(n);
      for (int i = 0; i < n; ++i) tasks.push_back(trivial(i));
      co_return co_await coroguard::gather(std::move(tasks));
    }(n));
    benchmark::DoNotOptimize(values.data());
  }
  state.SetItemsProcessed(state.iterations() * n);
}

// --- (d) skynet: a tree of 10-way fan-outs, 10^depth leaves -----------------------------------
task<long long> skynet(long long num, int depth) {
  if (depth == 0) co_return num;
  std::vector<task<long long>> children;
  children.reserve(10);
  for (int i = 0; i < 10; ++i) children.push_back(skynet(num * 10 + i, depth - 1));
  long long sum = 0;
  for (long long v : co_await coroguard::gather(std::move(children))) sum += v;
  co_return sum;
}

void skynet_coroguard(benchmark::State& state) {
  const int depth = static_cast<int>(state.range(0));
  long long leaves = 1;
  for (int i = 0; i < depth; ++i) leaves *= 10;
  for (auto _ : state) benchmark::DoNotOptimize(coroguard::run(skynet(0, depth)));
  state.SetItemsProcessed(state.iterations() * leaves);
}

// --- (e) memory per sleeping task -----------------------------------------------------------
using sleeping_tasks::rss_bytes;

void sleeping_task_memory_coroguard(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  double per_task = 0;
  for (auto _ : state) {
    per_task = coroguard::run([](int n) -> task<double> {
      long before = rss_bytes();
      std::vector<coroguard::join_handle<void>> sleepers;
      sleepers.reserve(n);
      for (int i = 0; i < n; ++i)
        sleepers.push_back(coroguard::spawn([]() -> task<> { co_await coroguard::sleep(std::chrono::hours(1)); }()));
      co_await coroguard::sleep(std::chrono::milliseconds(1));  // every sleeper is parked now
      double bytes = static_cast<double>(rss_bytes() - before) / n;
      co_await sleeping_tasks::cancel_and_join(std::move(sleepers));
      co_return bytes;
    }(n));
  }
  state.counters["bytes_per_task"] = per_task;
}

// --- (f) loopback TCP echo: C connections, each R round trips of a 64-byte message --------------
constexpr int echo_connections = 4;
constexpr int echo_round_trips = 5000;
constexpr std::size_t echo_size = 64;

task<> echo_server_connection(coroguard::net::tcp::stream conn) {
  std::array<char, echo_size> buf;
  for (int i = 0; i < echo_round_trips; ++i) {
    co_await conn.read_exactly(boost::asio::buffer(buf));
    co_await conn.write_all({buf.data(), buf.size()});
  }
}

task<> echo_client(std::uint16_t port) {
  auto conn = co_await coroguard::net::tcp::connect("127.0.0.1", port);
  std::array<char, echo_size> out{}, in;
  for (int i = 0; i < echo_round_trips; ++i) {
    co_await conn.write_all({out.data(), out.size()});
    co_await conn.read_exactly(boost::asio::buffer(in));
  }
}

void tcp_echo_coroguard(benchmark::State& state) {
  for (auto _ : state) {
    coroguard::run([]() -> task<> {
      auto listener = coroguard::net::tcp::listener::bind("127.0.0.1", 0);
      co_await coroguard::with_task_group([&](coroguard::task_group& g) -> task<> {
        for (int c = 0; c < echo_connections; ++c) g.spawn(echo_client(listener.port()));
        for (int c = 0; c < echo_connections; ++c) g.spawn(echo_server_connection(co_await listener.accept()));
      });
    }());
  }
  state.SetItemsProcessed(state.iterations() * echo_connections * echo_round_trips);
}

// The same on two loops (two threads, as Go and Tokio's multi-thread runtime use both cores):
// each loop runs half the clients and accepts on its own listener of the one port
// (SO_REUSEPORT); the last loop whose clients are done closes every listener.
void tcp_echo_coroguard_loops(benchmark::State& state) {
  const auto loops = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    coroguard::run(
        [](std::size_t loops) -> task<> {
          auto first = coroguard::net::tcp::listener::bind("127.0.0.1", 0, {.reuse_port = true});
          const std::uint16_t port = first.port();
          std::vector<coroguard::net::tcp::listener*> listeners(loops);
          std::atomic<std::size_t> done{0};
          co_await coroguard::on_every_loop([&](std::size_t i) -> task<> {
            auto own = i == 0 ? std::move(first)
                              : coroguard::net::tcp::listener::bind("127.0.0.1", port, {.reuse_port = true});
            listeners[i] = &own;
            co_await coroguard::with_task_group([&](coroguard::task_group& g) -> task<> {
              g.spawn([](coroguard::net::tcp::listener& l, coroguard::task_group& g) -> task<> {
                while (true) {
                  std::optional<coroguard::net::tcp::stream> conn;
                  try {
                    conn.emplace(co_await l.accept());
                  } catch (const std::exception&) {
                    co_return;  // closed: every client is done
                  }
                  g.spawn(echo_server_connection(std::move(*conn)));
                }
              }(own, g));
              std::vector<task<>> clients;
              for (std::size_t c = i; c < echo_connections; c += loops) clients.push_back(echo_client(port));
              co_await coroguard::gather(std::move(clients));
              if (done.fetch_add(1) + 1 == loops)
                co_await coroguard::on_every_loop([&](std::size_t j) -> task<> {
                  listeners[j]->close();
                  co_return;
                });
            });
          });
        }(loops),
        {.loops = loops});
  }
  state.SetItemsProcessed(state.iterations() * echo_connections * echo_round_trips);
}

// The same with raw Asio completion callbacks: no coroutines at all.
struct callback_echo {
  using tcp = asio::ip::tcp;
  struct side : std::enable_shared_from_this<side> {
    tcp::socket socket;
    std::array<char, echo_size> buf{};
    int left = echo_round_trips;
    bool client;
    side(tcp::socket s, bool is_client) : socket(std::move(s)), client(is_client) {}
    void start() { client ? send() : receive(); }
    void send() {
      asio::async_write(socket, asio::buffer(buf), [self = shared_from_this()](auto ec, std::size_t) {
        if (ec) return;
        if (self->client) self->receive();
        else if (--self->left > 0) self->receive();
      });
    }
    void receive() {
      asio::async_read(socket, asio::buffer(buf), [self = shared_from_this()](auto ec, std::size_t) {
        if (ec) return;
        if (!self->client) self->send();
        else if (--self->left > 0) self->send();
      });
    }
  };
  static void run() {
    asio::io_context ctx;
    tcp::acceptor acceptor(ctx, tcp::endpoint(asio::ip::address_v4::loopback(), 0));
    std::function<void(int)> accept_next = [&](int remaining) {
      if (remaining == 0) return;
      acceptor.async_accept([&, remaining](auto ec, tcp::socket s) {
        if (ec) return;
        std::make_shared<side>(std::move(s), false)->start();
        accept_next(remaining - 1);
      });
    };
    accept_next(echo_connections);
    for (int c = 0; c < echo_connections; ++c) {
      auto s = std::make_shared<side>(tcp::socket(ctx), true);
      s->socket.async_connect(acceptor.local_endpoint(), [s](auto ec) {
        if (!ec) s->start();
      });
    }
    ctx.run();
  }
};

void tcp_echo_asio_callbacks(benchmark::State& state) {
  for (auto _ : state) callback_echo::run();
  state.SetItemsProcessed(state.iterations() * echo_connections * echo_round_trips);
}

void sleeping_task_memory_asio(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  double per_task = 0;
  for (auto _ : state) {
    asio::io_context ctx;
    long before = rss_bytes();
    for (int i = 0; i < n; ++i)
      asio::co_spawn(
          ctx,
          []() -> asio::awaitable<void> {
            asio::steady_timer t(co_await asio::this_coro::executor, std::chrono::hours(1));
            co_await t.async_wait(asio::use_awaitable);
          },
          asio::detached);
    ctx.run_for(std::chrono::milliseconds(1));  // every coroutine is parked on its timer now
    per_task = static_cast<double>(rss_bytes() - before) / n;
  }
  state.counters["bytes_per_task"] = per_task;
}

}  // namespace

BENCHMARK(spawn_join_coroguard)->Name("a_spawn_join/coroguard")->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(spawn_join_asio)->Name("a_spawn_join/asio_co_spawn")->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(spawn_join_raw_floor)->Name("a_spawn_join/raw_coroutine_floor")->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(queue_ping_pong_coroguard)->Name("b_queue_ping_pong/coroguard")->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(queue_ping_pong_asio)->Name("b_queue_ping_pong/asio_channel")->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(gather_fan_out_asio)->Name("c_gather_fan_out/asio_co_spawn")->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(skynet_asio_bench)->Name("d_skynet/asio_co_spawn")->Arg(6)->Unit(benchmark::kMillisecond);
BENCHMARK(gather_fan_out_coroguard)->Name("c_gather_fan_out/coroguard")->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(skynet_coroguard)->Name("d_skynet/coroguard")->Arg(6)->Unit(benchmark::kMillisecond);
BENCHMARK(sleeping_task_memory_coroguard)
    ->Name("e_sleeping_task_memory/coroguard")
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

BENCHMARK(sleeping_task_memory_asio)
    ->Name("e_sleeping_task_memory/asio_co_spawn")
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(tcp_echo_coroguard)->Name("f_tcp_echo/coroguard")->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(tcp_echo_coroguard_loops)
    ->Name("f_tcp_echo/coroguard_2_loops")
    ->Arg(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(tcp_echo_asio_callbacks)->Name("f_tcp_echo/asio_callbacks")->UseRealTime()->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
