// RUN: %check_tidy %s coroguard-unawaited-task %t -- -std=c++20 -I %S/Inputs
#include "coro_libs.h"
#include <coroutine>
#include <stdexcept>
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

// Discarded through a conditional or a comma.
cppcoro::task<> both_arms(bool fast) {
  fast ? save(1) : save(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task returned by 'save' is never awaited; it will not run
  // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: task returned by 'save' is never awaited; it will not run
  save(3), compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'save' is never awaited; it will not run
  int n = (save(4), compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task returned by 'save' is never awaited; it will not run
  int m = fast ? compute() : 0; // values used: nothing discarded
  co_await (fast ? save(5) : save(6));
}

// An eager task (initial_suspend returns suspend_never) has run: its outcome is what is lost.
struct eager {
  struct promise_type {
    eager get_return_object();
    std::suspend_never initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void return_void();
    void unhandled_exception();
  };
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<>) const noexcept;
  void await_resume() const;
};
eager send_now();
void fire() {
  send_now();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'send_now' is never awaited; its result and any exception it throws are lost
}

// A discarded awaitable that is not a task, in a coroutine: the switch or wait never happens.
struct thread_pool {
  struct schedule_operation {
    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<>) const noexcept;
    void await_resume() const noexcept;
  };
  schedule_operation schedule() noexcept;
};
struct sleep_awaiter {
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<>) const noexcept;
  void await_resume() const noexcept;
};
sleep_awaiter sleep_for(int ms);
cppcoro::task<> switches(thread_pool &pool) {
  pool.schedule();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable returned by 'thread_pool::schedule' is discarded without co_await: what it would do (switch threads, wait, lock) never happens
  // CHECK-FIXES: co_await pool.schedule();
  sleep_for(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable returned by 'sleep_for' is discarded without co_await
  // CHECK-FIXES: co_await sleep_for(10);
  co_await pool.schedule();
  auto later = sleep_for(5); // kept: awaited or not, that is task-never-awaited's business
  co_await later;
}
void not_a_coroutine(thread_pool &pool) {
  pool.schedule(); // outside a coroutine an awaiter may be made for another purpose
}

// Tests asserting that creating a task throws: the task is not meant to exist.
template <class E, class F> void assert_throws(F f) {}
cppcoro::task<> make_checked(const char *name);
#define CHECK_THROWS(expr) do { try { (void)(expr); } catch (...) {} } while (false)
void creation_throws() {
  assert_throws<std::invalid_argument>([] { make_checked(nullptr); });
  CHECK_THROWS(make_checked(nullptr));
  auto not_an_assertion = [] { make_checked("x"); };
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: task returned by 'make_checked' is never awaited; it will not run
}
