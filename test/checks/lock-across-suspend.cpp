// RUN: %check_tidy %s coroguard-lock-across-suspend %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OPT %s coroguard-lock-across-suspend %t --config="{CheckOptions: {coroguard-lock-across-suspend.LockGuardTypes: '::spin_guard', coroguard-lock-across-suspend.MutexTypes: '::spinlock'}}" -- -std=c++20 -I %S/Inputs
#include "coro_libs.h"
#include <mutex>
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
