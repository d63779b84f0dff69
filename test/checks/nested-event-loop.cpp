// RUN: %check_tidy %s coroguard-nested-event-loop %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OPT %s coroguard-nested-event-loop %t --config="{CheckOptions: {coroguard-nested-event-loop.RunFunctions: '::my_loop::drain', coroguard-nested-event-loop.InferShapes: false}}" -- -std=c++20 -I %S/Inputs
#include "loop_shapes.h"

cppcoro::task<int> fetch(int id);
namespace my_loop { void drain(); }

cppcoro::task<int> handler(boost::asio::io_context &io) {
  int a = coroguard::run(fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'run' runs an event loop inside coroutine 'handler': the loop running 'handler' stalls until it returns, or deadlocks [coroguard-nested-event-loop]
  int b = cppcoro::sync_wait(fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'sync_wait' runs an event loop inside coroutine 'handler'
  io.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'io_context::run' runs an event loop inside coroutine 'handler'
  my_loop::drain();
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:3: warning: 'drain' runs an event loop inside coroutine 'handler'
  co_return a + b;
}

// Not flagged: running the loop from main, or on another thread's lambda.
int main() {
  boost::asio::io_context io;
  io.run();
  return coroguard::run(fetch(1));
}
cppcoro::task<> offload() {
  auto worker = [] { return cppcoro::sync_wait(fetch(3)); };
  co_return;
}
