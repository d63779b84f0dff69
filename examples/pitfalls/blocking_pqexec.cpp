// Pitfall: a blocking database call in a coroutine. PQconnectdb and PQexec wait on the socket
// inside libpq, so the whole loop waits for the database server (here one that never answers,
// until libpq's timeout: 4 s, as libpq counts it in whole seconds). The non-blocking API, awaited
// through Asio, is the fix: see examples/postgres/connection.hpp. The debug runtime reports
// libpq's wait when it happens.
// check: coroguard-blocking-call
// debug: blocking-call
// debug: slow-step
#include <libpq-fe.h>
#include <coroguard/coroguard.hpp>

#include <boost/asio/ip/tcp.hpp>
#include <cstdio>
#include <string>
#include <thread>

// A "server" that accepts connections and never answers: a stuck database.
struct silent_server {
  boost::asio::io_context context;
  boost::asio::ip::tcp::acceptor acceptor{context, {boost::asio::ip::make_address("127.0.0.1"), 0}};
  boost::asio::ip::tcp::socket peer{context};
  std::thread thread{[this] { acceptor.accept(peer); }};
  ~silent_server() {
    acceptor.close();
    thread.join();
  }
};

coroguard::task<int> count_orders(unsigned short port) {
  std::string conninfo = "host=127.0.0.1 port=" + std::to_string(port) + " connect_timeout=4 sslmode=disable";
  PGconn* db = PQconnectdb(conninfo.c_str());               // BUG: blocks the loop until the server answers
  PGresult* r = PQexec(db, "SELECT count(*) FROM orders");  // BUG: so does every query
  int count = PQresultStatus(r) == PGRES_TUPLES_OK ? std::stoi(PQgetvalue(r, 0, 0)) : -1;
  PQclear(r);
  PQfinish(db);
  co_return count;
}

// Awaited by another task of the loop (a coroutine run directly by main would have the thread
// to itself until it first suspends; the check exempts that).
coroguard::task<> report(unsigned short port) {
  int n = co_await count_orders(port);
  std::printf("orders: %d\n", n);
}

int main() {
  silent_server server;
  coroguard::run(report(server.acceptor.local_endpoint().port()));
}
