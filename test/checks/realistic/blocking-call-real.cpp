// blocking-call on real headers: glibc's sockets and fcntl, libstdc++'s iostreams, Boost.Asio
// 1.81's synchronous operations, and (QCORO) QCoro's Task with Qt's blocking calls.
// RUN: %check_tidy --suffix=,ASIO %s coroguard-blocking-call %t -- -std=c++20
// RUN: %check_tidy --suffix=,QCORO %s coroguard-blocking-call %t -- -std=c++20 -DQCORO %qcoro_flags
#include <cerrno>
#include <fcntl.h>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#ifndef QCORO
#include <boost/asio.hpp>
namespace net = boost::asio;
using net::awaitable;
using net::use_awaitable;

awaitable<void> echo(net::ip::tcp::socket s) {
  char data[1024];
  std::size_t n = co_await s.async_read_some(net::buffer(data), use_awaitable);
  s.write_some(net::buffer(data, n)); // the synchronous twin, inside a coroutine
  // CHECK-MESSAGES-ASIO: :[[@LINE-1]]:3: warning: 'basic_stream_socket::write_some' blocks the thread running coroutine 'echo': every task on its event loop stalls until it returns [coroguard-blocking-call]
  net::read(s, net::buffer(data, 4));
  // CHECK-MESSAGES-ASIO: :[[@LINE-1]]:3: warning: 'read' blocks the thread running coroutine 'echo'
}

// co_spawn'ed onto an io_context that other tasks share: not a driver, even before its first
// co_await (the QCoro half below has the driver: a task only ever run by QCoro::waitFor).
awaitable<void> serve(net::ip::tcp::acceptor &a) {
  std::string config;
  std::getline(std::cin, config);
  // CHECK-MESSAGES-ASIO: :[[@LINE-1]]:3: warning: 'getline' blocks the thread running coroutine 'serve'
  for (;;) {
    auto s = co_await a.async_accept(use_awaitable);
    std::string line;
    std::getline(std::cin, line); // after it: other connections are waiting
    // CHECK-MESSAGES-ASIO: :[[@LINE-1]]:5: warning: 'getline' blocks the thread running coroutine 'serve'
  }
}

// The same shape, but also spawned from a coroutine: no longer only a driver.
awaitable<void> worker() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES-ASIO: :[[@LINE-1]]:3: warning: 'sleep_for' blocks the thread running coroutine 'worker'
  co_return;
}
awaitable<void> spawner() {
  co_await worker();
}

int main() {
  net::io_context io;
  net::ip::tcp::acceptor a(io);
  net::co_spawn(io, serve(a), [](std::exception_ptr e) { if (e) std::rethrow_exception(e); });
  io.run();
  net::co_spawn(io, worker(), [](std::exception_ptr) {});
}
#else
#include <QCoroFuture>
#include <QCoroTask>
#include <QCoroTimer>
#include <QThread>
#include <QtConcurrent>

QCoro::Task<int> compute() {
  QFuture<int> f = QtConcurrent::run([] { return 42; });
  QThread::msleep(10);
  // CHECK-MESSAGES-QCORO: :[[@LINE-1]]:3: warning: 'QThread::msleep' blocks the thread running coroutine 'compute'
  int v = f.result(); // waits for the pool's thread
  // CHECK-MESSAGES-QCORO: :[[@LINE-1]]:11: warning: 'QFuture::result' blocks the thread running coroutine 'compute'
  co_return v + co_await QtConcurrent::run([] { return 1; });
}

// A driver: main runs it to completion with QCoro::waitFor before anything else starts; until
// its first suspension nothing else can be waiting on that thread.
QCoro::Task<> startup() {
  QThread::msleep(1);
  QTimer timer;
  timer.start(10);
  co_await timer;
  QThread::msleep(1); // after it: the timers and sockets of the loop wait
  // CHECK-MESSAGES-QCORO: :[[@LINE-1]]:3: warning: 'QThread::msleep' blocks the thread running coroutine 'startup'
}

// Run by waitFor in main but also awaited by another coroutine: not only drivers (compute too).
QCoro::Task<> warmup() {
  QThread::msleep(1);
  // CHECK-MESSAGES-QCORO: :[[@LINE-1]]:3: warning: 'QThread::msleep' blocks the thread running coroutine 'warmup'
  co_return;
}
QCoro::Task<> later() {
  co_await warmup();
  co_await compute();
}

int main() {
  QCoro::waitFor(startup());
  QCoro::waitFor(warmup());
  QCoro::waitFor([]() -> QCoro::Task<> {
    QThread::msleep(1); // a lambda driver, made and run in place
    co_return;
  }());
  return QCoro::waitFor(compute());
}
#endif

// Descriptors in non-blocking mode (this file says O_NONBLOCK): their calls return EAGAIN.
int make_nonblocking(int fd) { return fcntl(fd, F_SETFL, O_NONBLOCK); }

#ifndef QCORO
awaitable<void> drain(int fd, net::posix::stream_descriptor &d) {
  char buf[512];
  for (;;) {
    co_await d.async_wait(net::posix::descriptor_base::wait_read, use_awaitable);
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0)
      break;
  }
}
#endif

#ifdef QCORO
// Blocking after an executor switch: the rest of the coroutine runs on the pool.
struct pool_switch {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const { std::thread([h] { h.resume(); }).detach(); }
  void await_resume() const noexcept {}
};
pool_switch resume_background();

// Teardown joins its threads on purpose: not looked into.
struct server {
  std::vector<std::thread> threads;
  void stop() {
    for (auto &t : threads)
      t.join();
  }
};

QCoro::Task<> offload(server &srv) {
  srv.stop(); // its joins are teardown's, not followed
  QThread::sleep(1);
  // CHECK-MESSAGES-QCORO: :[[@LINE-1]]:3: warning: 'QThread::sleep' blocks the thread running coroutine 'offload'
  co_await resume_background();
  QThread::sleep(1); // on the background thread now
}
#endif
