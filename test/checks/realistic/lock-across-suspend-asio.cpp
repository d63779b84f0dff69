// lock-across-suspend on the real Boost.Asio 1.81 headers and libstdc++'s mutexes.
// RUN: %check_tidy %s coroguard-lock-across-suspend %t -- -std=c++20
#include <boost/asio.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace net = boost::asio;
using net::awaitable;
using net::use_awaitable;

std::mutex table_mutex;
std::timed_mutex stats_mutex;
std::map<std::string, int> table;

awaitable<void> record(net::ip::tcp::socket &socket) {
  char data[64];
  std::lock_guard guard(table_mutex);
  std::size_t n = co_await socket.async_read_some(net::buffer(data), use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'guard' is held across this suspension point of coroutine 'record': other threads block on it while the task is suspended, and a task on this thread that takes it deadlocks [coroguard-lock-across-suspend]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: acquired here
  table[std::string(data, n)]++;
}

awaitable<void> stats(net::steady_timer &timer) {
  if (stats_mutex.try_lock_for(std::chrono::milliseconds(5))) {
    co_await timer.async_wait(use_awaitable);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: mutex 'stats_mutex' is held across this suspension point of coroutine 'stats'
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: acquired here
    stats_mutex.unlock();
  }
}

// Locked only between suspension points: quiet.
awaitable<void> correct(net::ip::tcp::socket &socket) {
  char data[64];
  std::size_t n = co_await socket.async_read_some(net::buffer(data), use_awaitable);
  {
    std::lock_guard guard(table_mutex);
    table[std::string(data, n)]++;
  }
  co_await net::async_write(socket, net::buffer(data, n), use_awaitable);
}
