// blocking-call's ExecutorSwitches and TeardownFunctions: the defaults, then each replaced.
// RUN: %check_tidy --suffix=DEFAULT %s coroguard-blocking-call %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OPTS %s coroguard-blocking-call %t --config="{CheckOptions: {coroguard-blocking-call.ExecutorSwitches: '::app::to_worker', coroguard-blocking-call.TeardownFunctions: ''}}" -- -std=c++20 -I %S/Inputs
#include "coro_libs.h"
#include <thread>
#include <unistd.h>

using cppcoro::task;

struct hop {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const { std::thread([h] { h.resume(); }).detach(); }
  void await_resume() const noexcept {}
};
namespace app { hop to_worker(); }
hop resume_background(); // named like the switches of the common libraries

struct service {
  std::thread worker;
  void stop() { worker.join(); } // teardown: waits for its thread on purpose
};

task<> named_switch() {
  co_await resume_background();
  ::sleep(1); // on the background thread: quiet by default, reported once the list is replaced
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread running coroutine 'named_switch'
}

task<> own_switch(service &s) {
  co_await app::to_worker();
  ::sleep(1);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread running coroutine 'own_switch'
}

task<> teardown(service &s) {
  co_await hop{};
  s.stop(); // not looked into by default; with TeardownFunctions empty it is
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:3: warning: 'service::stop' blocks the thread running coroutine 'teardown': it calls 'thread::join'
  // CHECK-MESSAGES-OPTS: :[[@LINE-19]]:17: note: 'thread::join' blocks here
}

task<> teardown_on_loop(service &s) {
  co_await app::to_worker();
  co_await resume_background();
  s.stop(); // a switch in both configurations: quiet either way
}

task<> direct_join(service &s) {
  co_await hop{};
  s.worker.join(); // teardown's name does not exempt a direct join
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'thread::join' blocks the thread running coroutine 'direct_join'
  // CHECK-MESSAGES-OPTS: :[[@LINE-2]]:3: warning: 'thread::join' blocks the thread running coroutine 'direct_join'
}
