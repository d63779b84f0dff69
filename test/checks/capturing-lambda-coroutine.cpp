// RUN: %check_tidy %s coroguard-capturing-lambda-coroutine %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=,SCOPE %s coroguard-capturing-lambda-coroutine %t --config="{CheckOptions: {coroguard-capturing-lambda-coroutine.ScopeSpawnFunctions: '::coroguard::task_group::spawn;::my::nursery::start'}}" -- -std=c++20 -I %S/Inputs
#include "loop_shapes.h"
#include <string>
#include <vector>

using cppcoro::task;
task<int> gather(task<int> a, task<int> b);

task<> escapes(std::string name, std::vector<task<int>> &pending) {
  int id = 1;
  auto stored = [id]() -> task<int> { co_return id; }();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: the task of this capturing lambda coroutine is stored in 'stored', but the captures die with the lambda at the end of the statement: the task will read destroyed captures [coroguard-capturing-lambda-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: captured here; pass it as a parameter of the lambda instead
  auto handle = coroguard::spawn([&name]() -> task<int> { co_return name.size(); }());
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: the task of this capturing lambda coroutine is spawned by 'spawn', but the captures die
  // CHECK-MESSAGES: :[[@LINE-2]]:36: note: captured here
  pending.push_back([=]() -> task<int> { co_return id; }());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the task of this capturing lambda coroutine is stored in a container
  co_await handle;
  co_await std::move(stored);
}

task<int> returns(int x) {
  return [x]() -> task<int> { co_return x; }();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: the task of this capturing lambda coroutine is returned
}

// A task group (ScopeSpawnFunctions) runs the task after the statement too.
namespace my { struct nursery { void start(task<> t); }; }
void into_a_group(coroguard::task_group &group, my::nursery &nursery, int id) {
  group.spawn([id]() -> task<> { co_return; }());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: the task of this capturing lambda coroutine is spawned by 'spawn', but the captures die
  nursery.start([id]() -> task<> { co_return; }());
  // CHECK-MESSAGES-SCOPE: :[[@LINE-1]]:17: warning: the task of this capturing lambda coroutine is spawned by 'start', but the captures die
}

// Not flagged: awaited on the spot (also through gather), run to completion, no captures,
// parameters instead of captures, and a lambda that is not a coroutine.
task<int> awaited(int x) {
  int a = co_await [x]() -> task<int> { co_return x; }();
  int b = co_await gather([x]() -> task<int> { co_return x; }(), [&a]() -> task<int> { co_return a; }());
  auto no_captures = []() -> task<int> { co_return 1; }();
  auto by_parameter = [](int v) -> task<int> { co_return v; }(x);
  co_return a + b + co_await std::move(no_captures) + co_await std::move(by_parameter);
}
int main() {
  int x = 3;
  return coroguard::run([&x]() -> task<int> { co_return x; }());
}
task<int> plain(int x) {
  auto make = [x]() -> task<int> { return awaited(x); };
  auto t = [x]() { return awaited(x); }(); // a plain lambda: the task owns its own frame
  co_return co_await std::move(t);
}
