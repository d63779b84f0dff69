// An async resource closed on every path (async with): `with` awaits close() after the body
// returns, throws or is cancelled.
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "example.hpp"

using namespace std::chrono_literals;

class connection {
 public:
  explicit connection(std::string name) : name_(std::move(name)) { std::printf("%s: open\n", name_.c_str()); }
  coroguard::task<std::string> query(std::string sql) {
    co_await coroguard::sleep(100ms);
    if (sql.empty()) throw std::invalid_argument("empty query");
    co_return name_ + " ran " + sql;
  }
  coroguard::task<> close() {
    co_await coroguard::sleep(50ms);  // say goodbye to the server
    std::printf("%s: closed\n", name_.c_str());
  }

 private:
  std::string name_;
};

coroguard::task<> amain() {
  std::string answer = co_await coroguard::with(connection("db-1"), [](connection& c) -> coroguard::task<std::string> {
    co_return co_await c.query("SELECT 1");
  });
  std::printf("%s\n", answer.c_str());
  try {
    co_await coroguard::with(connection("db-2"),
                             [](connection& c) -> coroguard::task<std::string> { co_return co_await c.query(""); });
  } catch (const std::invalid_argument& e) {
    std::printf("query failed: %s (and db-2 was still closed)\n", e.what());
  }
  auto slow = coroguard::with(connection("db-3"), [](connection& c) -> coroguard::task<> {
    co_await coroguard::sleep(10s);
    co_await c.query("SELECT pg_sleep(10)");
  });
  try {
    co_await coroguard::with_timeout(1s, std::move(slow));
  } catch (const coroguard::timeout_error&) {
    std::printf("timed out (and db-3 was still closed)\n");
  }
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
