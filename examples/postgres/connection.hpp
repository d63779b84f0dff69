// pg::connection: one PostgreSQL connection driven through libpq's non-blocking API, each wait
// for the socket an Asio wait on the loop (never a blocking PQexec: see
// examples/pitfalls/blocking_pqexec.cpp for what that does to the loop).
#pragma once

#include <libpq-fe.h>
#include <unistd.h>

#include <boost/asio/posix/stream_descriptor.hpp>
#include <coroguard/coroguard.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace pg {

struct error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

using row = std::vector<std::string>;

class connection {
 public:
  // Connects without blocking the loop (PQconnectStart + PQconnectPoll).
  static coroguard::task<connection> connect(std::string conninfo) {
    connection c(PQconnectStart(conninfo.c_str()));
    if (!c.conn_) throw error("libpq: out of memory");
    if (PQstatus(c.conn_.get()) == CONNECTION_BAD) c.fail("connect");
    // libpq: before the first PQconnectPoll, wait as if it had asked to write.
    for (PostgresPollingStatusType step = PGRES_POLLING_WRITING; step != PGRES_POLLING_OK;) {
      co_await c.wait_socket(step == PGRES_POLLING_WRITING);
      step = PQconnectPoll(c.conn_.get());
      if (step == PGRES_POLLING_FAILED) c.fail("connect");
    }
    if (PQsetnonblocking(c.conn_.get(), 1) != 0) c.fail("set non-blocking");
    co_return c;
  }

  // Runs `sql` (one statement) and returns its rows as text. If it throws or is cancelled
  // part way, the connection is left `broken()`: a pool must not hand it out again.
  coroguard::task<std::vector<row>> query(std::string sql) {
    broken_ = true;  // until the whole exchange has completed
    if (!PQsendQuery(conn_.get(), sql.c_str())) fail("send query");
    for (;;) {  // flush the query out
      int pending = PQflush(conn_.get());
      if (pending == 0) break;
      if (pending < 0) fail("send query");
      co_await wait_socket(true);
    }
    std::vector<row> rows;
    std::string failure;
    for (;;) {
      while (PQisBusy(conn_.get())) {
        co_await wait_socket(false);
        if (!PQconsumeInput(conn_.get())) fail("read result");
      }
      std::unique_ptr<PGresult, decltype(&PQclear)> result(PQgetResult(conn_.get()), PQclear);
      if (!result) break;  // every result of the statement has been read
      ExecStatusType status = PQresultStatus(result.get());
      if (status == PGRES_TUPLES_OK) {
        for (int r = 0; r < PQntuples(result.get()); ++r) {
          row values;
          for (int f = 0; f < PQnfields(result.get()); ++f) values.emplace_back(PQgetvalue(result.get(), r, f));
          rows.push_back(std::move(values));
        }
      } else if (status != PGRES_COMMAND_OK) {
        failure = PQresultErrorMessage(result.get());
      }
    }
    broken_ = false;  // the protocol is back in step, even after an SQL error
    if (!failure.empty()) throw error(trim(failure));
    co_return rows;
  }

  bool broken() const noexcept { return broken_ || PQstatus(conn_.get()) != CONNECTION_OK; }

 private:
  explicit connection(PGconn* c) noexcept : conn_(c, PQfinish) {}

  // Until libpq's socket is readable (or writable): an Asio wait on a duplicate of the
  // descriptor, so Asio never closes libpq's own.
  coroguard::task<> wait_socket(bool for_write) {
    auto& loop = coroguard::event_loop::current();
    boost::asio::posix::stream_descriptor socket(loop.context(), ::dup(PQsocket(conn_.get())));
    using base = boost::asio::posix::descriptor_base;
    co_await socket.async_wait(for_write ? base::wait_write : base::wait_read, coroguard::use_task);
  }

  [[noreturn]] void fail(const char* what) {
    throw error(std::string("libpq ") + what + ": " + trim(PQerrorMessage(conn_.get())));
  }
  static std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
  }

  std::unique_ptr<PGconn, decltype(&PQfinish)> conn_;
  bool broken_ = false;
};

}  // namespace pg
