// RUN: %check_tidy --suffix=,DEPTH2 %s coroguard-blocking-call %t -- -std=c++20 -I %S/Inputs -isystem %S/Inputs/system
// RUN: %check_tidy %s coroguard-blocking-call %t --config="{CheckOptions: {coroguard-blocking-call.CallDepth: 1}}" -- -std=c++20 -I %S/Inputs -isystem %S/Inputs/system
// RUN: %check_tidy --suffix=LIST %s coroguard-blocking-call %t --config="{CheckOptions: {coroguard-blocking-call.BlockingFunctions: '::legacy_fetch;^vendor::.*_sync$'}}" -- -std=c++20 -I %S/Inputs -isystem %S/Inputs/system
#include "coro_libs.h"
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <future>
#include <libpq-fe.h>
#include <iostream>
#include <sstream>
#include <thread>
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

using cppcoro::task;

int legacy_fetch(int);
namespace vendor { int read_sync(); int read_async(); }

// A user function named like a C library function is not the C library's.
namespace mine { int sleep(int); }
int write(const char *, int); // global, but declared here, not in a system header

task<> sleeps() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep_for' blocks the thread running coroutine 'sleeps': every task on its event loop stalls until it returns [coroguard-blocking-call]
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread running coroutine 'sleeps'
  mine::sleep(1);
  write("x", 1);
  co_return;
}

task<int> files_and_threads(std::future<int> f, std::thread &t) {
  std::FILE *file = std::fopen("/etc/hosts", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'fopen' blocks the thread running coroutine 'files_and_threads'
  std::ifstream in("/etc/hosts");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'basic_ifstream' blocks the thread running coroutine 'files_and_threads'
  std::ifstream deferred; // no file opened yet
  int v = f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'future::get' blocks the thread running coroutine 'files_and_threads'
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'thread::join' blocks the thread running coroutine 'files_and_threads'
  std::fclose(file);
  co_return v;
}

task<> database(PGconn *conn) {
  PQexec(conn, "select 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'PQexec' blocks the thread running coroutine 'database'
  PQsendQuery(conn, "select 1"); // the non-blocking API
  co_return;
}

// One call down: a helper defined in this file that blocks.
std::string read_config() {
  std::ifstream in("/etc/app.conf"); // the blocking call the notes below point at
  std::string s;
  std::getline(in, s);
  return s;
}
std::string load() { return read_config(); }

task<> through_helpers() {
  auto c = read_config();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'read_config' blocks the thread running coroutine 'through_helpers': it calls 'basic_ifstream' [coroguard-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-10]]:17: note: 'basic_ifstream' blocks here
  auto d = load(); // two calls down: found with the default CallDepth 2, not with 1
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-1]]:12: warning: 'load' blocks the thread running coroutine 'through_helpers': it calls 'basic_ifstream'
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-13]]:17: note: 'basic_ifstream' blocks here
  co_return;
}

// Not flagged: code handed to another thread, non-coroutine functions, non-blocking calls.
task<int> to_thread(std::function<int()> f);
task<> offloaded() {
  co_await to_thread([] { ::sleep(1); return 0; });
  auto later = [] { std::this_thread::sleep_for(std::chrono::seconds(1)); };
  std::printf("printing is not flagged\n");
  co_return;
}
void synchronous() {
  ::sleep(1);
  read_config();
}

// Option: BlockingFunctions replaces the list.
task<> custom() {
  legacy_fetch(1);
  // CHECK-MESSAGES-LIST: :[[@LINE-1]]:3: warning: 'legacy_fetch' blocks the thread running coroutine 'custom'
  vendor::read_sync();
  // CHECK-MESSAGES-LIST: :[[@LINE-1]]:3: warning: 'read_sync' blocks the thread running coroutine 'custom'
  vendor::read_async();
  co_return;
}

// Descriptors: a plain recv blocks; one whose function handles EAGAIN works in non-blocking
// mode (this file never says O_NONBLOCK: that would exempt every descriptor call of the TU).
struct readable_awaiter {
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<>) const noexcept;
  void await_resume() const noexcept;
};
readable_awaiter readable(int fd);

task<> blocking_socket(int fd) {
  char buf[16];
  ::recv(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'recv' blocks the thread running coroutine 'blocking_socket'
  co_return;
}
task<> polled_socket(int fd) {
  char buf[16];
  for (;;) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      co_await readable(fd);
      continue;
    }
    break;
  }
}

// The terminal: a person has to type.
task<std::string> prompt() {
  co_await readable(0);
  std::string line;
  std::getline(std::cin, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'getline' blocks the thread running coroutine 'prompt'
  std::istringstream words(line);
  std::string first;
  std::getline(words, first); // a string stream does not block
  co_return first;
}

