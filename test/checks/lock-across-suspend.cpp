// RUN: %check_tidy %s coroguard-lock-across-suspend %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OPT %s coroguard-lock-across-suspend %t --config="{CheckOptions: {coroguard-lock-across-suspend.LockGuardTypes: '::spin_guard', coroguard-lock-across-suspend.MutexTypes: '::spinlock'}}" -- -std=c++20 -I %S/Inputs
#include "coro_libs.h"
#include <mutex>
#include <chrono>
#include <coroutine>
#include <shared_mutex>

using cppcoro::task;
task<int> fetch();
struct spinlock { void lock(); void unlock(); };
struct spin_guard { explicit spin_guard(spinlock &); ~spin_guard(); };

std::mutex m;
std::shared_mutex rw;
spinlock spin;
int shared_value;

task<> guard_held() {
  std::lock_guard<std::mutex> g(m);
  shared_value = co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'g' is held across this suspension point of coroutine 'guard_held': other threads block on it while the task is suspended, and a task on this thread that takes it deadlocks [coroguard-lock-across-suspend]
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: acquired here
}

task<> unlocked_on_one_path(bool fast) {
  std::unique_lock lk(m);
  if (fast)
    lk.unlock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'lk' is held across this suspension point of coroutine 'unlocked_on_one_path'
  // CHECK-MESSAGES: :[[@LINE-5]]:20: note: acquired here
}

task<> manual() {
  m.lock();
  int v = co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: mutex 'm' is held across this suspension point of coroutine 'manual'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: acquired here
  m.unlock();
  spin.lock();
  co_await fetch();
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:3: warning: mutex 'spin' is held across this suspension point of coroutine 'manual'
  // CHECK-MESSAGES-OPT: :[[@LINE-3]]:3: note: acquired here
  spin.unlock();
}

task<> relocked() {
  std::unique_lock lk(m);
  lk.unlock();
  co_await fetch();
  lk.lock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'lk' is held across this suspension point of coroutine 'relocked'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: acquired here
}

task<> custom_guard() {
  spin_guard g(spin);
  co_await fetch();
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:3: warning: 'g' is held across this suspension point of coroutine 'custom_guard'
  // CHECK-MESSAGES-OPT: :[[@LINE-3]]:14: note: acquired here
}

// Not flagged: released before suspending (scope, unlock(), defer_lock), locks in plain
// functions, and locks taken only between suspension points.
task<> correct() {
  {
    std::lock_guard g(m);
    ++shared_value;
  }
  co_await fetch();
  std::unique_lock lk(m);
  lk.unlock();
  co_await fetch();
  std::unique_lock later(m, std::defer_lock);
  co_await fetch();
  std::shared_lock reader(rw);
  int copy = shared_value;
  reader.unlock();
  if (copy > 0) {
    std::unique_lock inner(m);
    inner.unlock();
    co_await fetch();
  }
}
void synchronous() {
  std::lock_guard g(m);
  ++shared_value;
}

// Coroutine mutexes (the shapes of cppcoro::async_mutex and folly::coro::Mutex, neither of which
// Debian ships): locked by co_await, held across suspensions on purpose.
namespace cppcoro {
class async_mutex_lock;
class async_mutex {
public:
  bool try_lock() noexcept;
  struct lock_operation {
    bool await_ready() const noexcept;
    bool await_suspend(std::coroutine_handle<>) noexcept;
    void await_resume() const noexcept {}
  };
  struct scoped_lock_operation : lock_operation {
    async_mutex_lock await_resume() const noexcept;
  };
  lock_operation lock_async() noexcept;
  scoped_lock_operation scoped_lock_async() noexcept;
  void unlock();
};
} // namespace cppcoro
namespace folly::coro {
class Mutex {
public:
  bool try_lock() noexcept;
  struct ScopedLockOperation {
    bool await_ready() const noexcept;
    bool await_suspend(std::coroutine_handle<>) noexcept;
    std::unique_lock<Mutex> await_resume() noexcept;
  };
  [[nodiscard]] ScopedLockOperation co_scoped_lock() noexcept;
  void unlock() noexcept;
};
} // namespace folly::coro
cppcoro::async_mutex amutex;
folly::coro::Mutex fmutex;

task<> coroutine_mutexes() {
  co_await amutex.lock_async();
  std::lock_guard adopted(amutex, std::adopt_lock);
  co_await fetch();
  std::unique_lock scoped = co_await fmutex.co_scoped_lock();
  co_await fetch();
}

// A coroutine condition variable's wait releases the lock while suspended and takes it back;
// so does an awaiter the lock is moved into (it unlocks in await_suspend).
struct async_condition {
  struct awaiter {
    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<>);
    void await_resume() const noexcept {}
  };
  template <class Pred> awaiter wait(std::unique_lock<std::mutex> &lock, Pred pred) { return {}; }
  awaiter wait(std::mutex &m);
};
async_condition::awaiter unlock_and_wait(std::unique_lock<std::mutex> lock);
async_condition ready;

task<> condition_waits() {
  std::unique_lock lk(m);
  co_await ready.wait(lk, [] { return shared_value > 0; });
  co_await ready.wait(m); // the mutex the guard holds, handed over
  co_await fetch(); // held again after each wait: this one does not release it
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'lk' is held across this suspension point of coroutine 'condition_waits'
  // CHECK-MESSAGES: :[[@LINE-5]]:20: note: acquired here
}

task<> moved_into_awaiter() {
  std::unique_lock lk(m);
  ++shared_value;
  co_await unlock_and_wait(std::move(lk));
  co_await fetch(); // lk is empty now
}

// A lock taken by try_lock_for is held where it succeeded.
std::timed_mutex tm;
task<> timed() {
  if (tm.try_lock_for(std::chrono::milliseconds(10))) {
    co_await fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: mutex 'tm' is held across this suspension point of coroutine 'timed'
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: acquired here
    tm.unlock();
  }
  std::unique_lock later(tm, std::defer_lock);
  if (later.try_lock_for(std::chrono::milliseconds(10))) {
    ++shared_value;
    later.unlock();
  }
  co_await fetch();
}

// The paths of the control-flow graph, not the nesting of the statements: a loop left only
// through a `break` that unlocks holds nothing after it; a path that returns early while
// holding the lock does not reach the suspension point after it.
task<> unlocked_before_break(int n) {
  std::unique_lock lk(m);
  while (true) {
    if (++shared_value > n) {
      lk.unlock();
      break;
    }
  }
  co_await fetch();
}

task<> returns_while_held(bool done) {
  std::unique_lock lk(m);
  if (done)
    co_return;
  lk.unlock();
  co_await fetch();
}

// Taken again after a suspension: reported at the suspension point that follows, once.
task<> taken_again(int n) {
  std::unique_lock lk(m);
  lk.unlock();
  co_await fetch();
  for (int i = 0; i < n; ++i) {
    lk.lock();
    co_await fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'lk' is held across this suspension point of coroutine 'taken_again'
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: acquired here
    lk.unlock();
  }
}

// In a template, on the dependent co_await of its pattern.
template <class Awaitable> task<> held_in_template(Awaitable a) {
  std::lock_guard g(m);
  co_await a;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'g' is held across this suspension point of coroutine 'held_in_template'
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: acquired here
}

// Two guards in one declaration.
std::mutex other;
task<> two_guards() {
  std::lock_guard a(m), b(other);
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'a' is held across this suspension point of coroutine 'two_guards'
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: acquired here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: 'b' is held across this suspension point of coroutine 'two_guards'
  // CHECK-MESSAGES: :[[@LINE-5]]:25: note: acquired here
}
