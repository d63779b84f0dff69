// Stock clang-tidy loads the module as a plugin, as a user of Debian's clang-tidy would.
// RUN: %clang_tidy -load %tidy_plugin -checks='-*,coroguard-*' %s -- -std=c++20 -I %runtime_include 2>&1 | FileCheck %s
// RUN: %clang_tidy -load %tidy_plugin -list-checks -checks='-*,coroguard-*' | FileCheck %s --check-prefix=LIST
// LIST: coroguard-unawaited-task
#include <coroguard/task.hpp>

coroguard::task<int> fetch(int id) { co_return id; }

coroguard::task<int> handler() {
  fetch(1);
  // CHECK: plugin.cpp:[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited; it will not run [coroguard-unawaited-task]
  co_return co_await fetch(2);
}
