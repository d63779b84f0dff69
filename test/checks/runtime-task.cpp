// The runtime's own task type is recognised by shape, with no configuration.
// RUN: %check_tidy %s coroguard-unawaited-task %t -- -std=c++20 -I %runtime_include
#include <coroguard/coroguard.hpp>

coroguard::task<int> fetch(int id) { co_return id; }

coroguard::task<> worker() {
  fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited; it will not run
  // CHECK-FIXES: {{^}}  co_await fetch(1);{{$}}
  co_await coroguard::sleep(std::chrono::milliseconds(1));
  auto handle = coroguard::spawn(fetch(2));
  co_await handle;
}

int main() { coroguard::run(worker()); }
