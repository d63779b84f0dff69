// RUN: %check_tidy %s coroguard-unawaited-task %t -- -std=c++20 -I %S/Inputs
#include "coro_libs.h"
#include <tuple>

cppcoro::task<int> fetch(int id);
cppcoro::task<> save(int id);
mylib::lazy refresh();
boost::asio::awaitable<int> read_asio();
mylib::generator numbers();
mylib::job make_job();
int compute();

struct client {
  cppcoro::task<int> get(int id);
  static cppcoro::task<> ping();
};

// --- Positive: discarded in a coroutine; the fix-it adds co_await.
cppcoro::task<> in_coroutine(client &c) {
  fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited; it will not run [coroguard-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch(1);{{$}}
  c.get(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'client::get' is never awaited; it will not run
  // CHECK-FIXES: {{^}}  co_await c.get(2);{{$}}
  client::ping();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'client::ping' is never awaited
  // CHECK-FIXES: {{^}}  co_await client::ping();{{$}}
  refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'refresh' is never awaited
  (save(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:4: warning: task returned by 'save' is never awaited
  if (compute() > 0)
    save(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'save' is never awaited
  // CHECK-FIXES: {{^}}    co_await save(4);{{$}}
  for (int i = 0; i < 3; ++i)
    save(i);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'save' is never awaited
  auto later = [](int id) -> cppcoro::task<> { co_return; };
  later(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'lambda' is never awaited
  // CHECK-FIXES: {{^}}  co_await later(5);{{$}}
  co_return;
}

// --- Positive: discarded in a synchronous function (no co_await possible: no fix-it).
void in_sync_function() {
  save(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'save' is never awaited
  // CHECK-FIXES: {{^}}  save(1);{{$}}
  read_asio();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'read_asio' is never awaited
}

// --- Positive: explicit discards still lose the task (no fix-it: the discard was deliberate).
cppcoro::task<> explicit_discards() {
  (void)fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}  (void)fetch(1);{{$}}
  static_cast<void>(save(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task returned by 'save' is never awaited
  std::ignore = fetch(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task returned by 'fetch' is never awaited
  co_return;
}

// --- Negative: awaited, stored then awaited, returned, passed on.
void consume(cppcoro::task<int> t);
cppcoro::task<int> forwards() { return fetch(1); }
cppcoro::task<int> correct_uses() {
  int a = co_await fetch(1);
  co_await save(2);
  auto stored = fetch(3);
  int b = co_await std::move(stored);
  consume(fetch(4));
  co_await refresh();
  co_return a + b;
}

// --- Negative: not tasks.
void not_tasks() {
  numbers();    // a generator is not awaitable
  make_job();   // a plain value
  compute();
}
