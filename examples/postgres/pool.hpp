// pg::pool: a pool of PostgreSQL connections with a minimum and a maximum size.
//   auto lease = co_await pool.acquire(2s);   // timeout_error if none is free within 2 s
//   auto rows = co_await lease->query("SELECT 1");
// A lease gives its connection back when it is destroyed, on every path: return, exception,
// cancellation. A connection left mid-query (cancelled, or the server went away) is closed
// instead of being reused; the pool opens another when needed.
#pragma once

#include <chrono>
#include <coroguard/coroguard.hpp>
#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "connection.hpp"

namespace pg {

class pool {
 public:
  class lease;

  pool(std::string conninfo, std::size_t min_size, std::size_t max_size)
      : conninfo_(std::move(conninfo)), min_size_(min_size), permits_(max_size) {}

  // Opens the minimum number of connections.
  coroguard::task<> open() {
    while (idle_.size() < min_size_) idle_.push_back(co_await connection::connect(conninfo_));
    open_ = idle_.size();
  }

  // A connection, within `timeout`: an idle one, else a new one while the pool is below its
  // maximum, else the first one given back. Throws coroguard::timeout_error.
  coroguard::task<lease> acquire(std::chrono::steady_clock::duration timeout) {
    coroguard::permit permit = co_await coroguard::with_timeout(timeout, take_permit());
    if (!idle_.empty()) {
      connection c = std::move(idle_.front());
      idle_.pop_front();
      co_return lease(*this, std::move(c), std::move(permit));
    }
    connection c = co_await connection::connect(conninfo_);
    ++open_;
    co_return lease(*this, std::move(c), std::move(permit));
  }

  std::size_t open_connections() const noexcept { return open_; }
  std::size_t idle_connections() const noexcept { return idle_.size(); }
  std::size_t discarded() const noexcept { return discarded_; }

  class lease {
   public:
    lease(lease&& o) noexcept
        : pool_(std::exchange(o.pool_, nullptr)), conn_(std::move(o.conn_)), permit_(std::move(o.permit_)) {}
    lease& operator=(lease&&) = delete;
    ~lease() {
      if (pool_) pool_->give_back(std::move(*conn_));
    }
    connection* operator->() noexcept { return &*conn_; }

   private:
    friend class pool;
    lease(pool& p, connection c, coroguard::permit permit)
        : pool_(&p), conn_(std::move(c)), permit_(std::move(permit)) {}
    pool* pool_;
    std::optional<connection> conn_;
    coroguard::permit permit_;  // released after the connection is back in the pool
  };

 private:
  coroguard::task<coroguard::permit> take_permit() { co_return co_await permits_.acquire(); }

  void give_back(connection c) noexcept {
    if (c.broken()) {
      ++discarded_;
      --open_;
      return;  // ~connection closes it
    }
    idle_.push_back(std::move(c));
  }

  std::string conninfo_;
  std::size_t min_size_;
  coroguard::semaphore permits_;
  std::deque<connection> idle_;
  std::size_t open_ = 0;
  std::size_t discarded_ = 0;
};

}  // namespace pg
