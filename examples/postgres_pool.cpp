// A connection pool to a real PostgreSQL server (min 2, max 4 connections), libpq's
// non-blocking API awaited through Asio (examples/postgres/). Ten queries run concurrently on
// at most four connections; an acquire times out while all four are busy; a failing query and
// a cancelled one both give their connection back (the cancelled one is closed, not reused).
// Usage: postgres_pool "host=... port=... user=... dbname=..."   (default: $PG_CONNINFO)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "example.hpp"
#include "postgres/pool.hpp"

using namespace std::chrono_literals;

coroguard::task<int> square(pg::pool& pool, int n, int& busy, int& most_busy) {
  auto lease = co_await pool.acquire(5s);
  most_busy = std::max(most_busy, ++busy);
  auto rows = co_await lease->query("SELECT pg_sleep(0.2), " + std::to_string(n) + " * " + std::to_string(n));
  --busy;
  co_return std::stoi(rows.at(0).at(1));
}

coroguard::task<> hold(pg::pool& pool, coroguard::event& release) {
  auto lease = co_await pool.acquire(5s);
  co_await release.wait();
}

coroguard::task<> amain(std::string conninfo) {
  pg::pool pool(conninfo, 2, 4);
  co_await pool.open();
  std::printf("opened %zu connections\n", pool.open_connections());

  int busy = 0, most_busy = 0;
  std::vector<coroguard::task<int>> queries;
  for (int n = 1; n <= 10; ++n) queries.push_back(square(pool, n, busy, most_busy));
  int sum = 0;
  for (int v : co_await coroguard::gather(std::move(queries))) sum += v;
  std::printf("10 queries: sum of squares %d, at most %d at once on %zu connections\n", sum, most_busy,
              pool.open_connections());

  // All four connections held: the next acquire gives up after its timeout.
  coroguard::event release;
  std::vector<coroguard::join_handle<void>> holders;
  for (int i = 0; i < 4; ++i) holders.push_back(coroguard::spawn(hold(pool, release)));
  co_await coroguard::sleep(100ms);
  try {
    auto lease = co_await pool.acquire(200ms);
  } catch (const coroguard::timeout_error&) {
    std::printf("acquire timed out while all 4 connections were busy\n");
  }
  release.set();
  for (auto& h : holders) co_await h;
  std::printf("after release: %zu idle of %zu\n", pool.idle_connections(), pool.open_connections());

  // A failing statement: the error reaches the caller, the connection goes back and is reused.
  try {
    auto lease = co_await pool.acquire(1s);
    co_await lease->query("SELECT * FROM no_such_table");
  } catch (const pg::error& e) {
    std::printf("query failed: %s\n", e.what());
  }
  // A query cancelled part way: its connection is closed rather than reused.
  try {
    co_await coroguard::with_timeout(100ms, [&pool]() -> coroguard::task<> {
      auto lease = co_await pool.acquire(1s);
      co_await lease->query("SELECT pg_sleep(10)");
    }());
  } catch (const coroguard::timeout_error&) {
    std::printf("slow query timed out\n");
  }
  std::printf("idle %zu of %zu, %zu discarded\n", pool.idle_connections(), pool.open_connections(), pool.discarded());
  auto lease = co_await pool.acquire(1s);
  auto rows = co_await lease->query("SELECT 'still healthy'");
  std::printf("%s\n", rows.at(0).at(0).c_str());
}

int main(int argc, char** argv) {
  const char* from_env = std::getenv("PG_CONNINFO");
  std::string conninfo = argc > 1 ? argv[1] : from_env ? from_env : "";
  if (conninfo.empty()) {
    std::fprintf(stderr, "usage: postgres_pool CONNINFO (or set PG_CONNINFO)\n");
    return 2;
  }
  try {
    coroguard::run(amain(conninfo));
  } catch (const pg::error& e) {
    std::fprintf(stderr, "postgres_pool: %s\n", e.what());
    return 1;
  }
}
