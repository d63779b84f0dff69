// nested-event-loop on real headers: io_context::run inside a Boost.Asio coroutine, and
// QCoro::waitFor (a nested Qt event loop) inside a QCoro task.
// RUN: %check_tidy --suffix=ASIO %s coroguard-nested-event-loop %t -- -std=c++20
// RUN: %check_tidy --suffix=QCORO %s coroguard-nested-event-loop %t -- -std=c++20 -DQCORO %qcoro_flags
#ifndef QCORO
#include <boost/asio.hpp>
namespace net = boost::asio;

net::awaitable<void> refresh(net::io_context &other) {
  other.run();
  // CHECK-MESSAGES-ASIO: :[[@LINE-1]]:3: warning: 'io_context::run' runs an event loop inside coroutine 'refresh': the loop running 'refresh' stalls until it returns, or deadlocks [coroguard-nested-event-loop]
  co_return;
}
int main() {
  net::io_context io;
  net::co_spawn(io, refresh(io), net::detached);
  io.run(); // in main: the loop itself
}
#else
#include <QCoroTask>
#include <QCoroTimer>

QCoro::Task<int> load() { co_return 1; }
QCoro::Task<int> reload() {
  int v = QCoro::waitFor(load());
  // CHECK-MESSAGES-QCORO: :[[@LINE-1]]:11: warning: 'waitFor' runs an event loop inside coroutine 'reload'
  co_return v + co_await load();
}
int main() { return QCoro::waitFor(reload()); }
#endif
