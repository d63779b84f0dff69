// RUN: %check_tidy %s coroguard-dangling-argument %t -- -std=c++20 -I %S/Inputs
#include "loop_shapes.h"
#include <span>
#include <string>
#include <string_view>
#include <vector>

using cppcoro::task;
task<int> count(const std::string &text);      // defined in another file: assumed a coroutine
task<int> view(std::string_view text);
task<int> sum(std::span<const int> values);
task<int> by_pointer(const int *p);
task<int> by_value(std::string text);
task<int> gather(task<int> a, task<int> b);

// A function returning a task that is not a coroutine copies what it needs.
task<int> not_a_coroutine(const std::string &text) { return by_value(text); }

std::string make_name();

task<> escapes(std::vector<task<int>> &pending) {
  auto a = count("literal");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: temporary bound to parameter 'text' of coroutine 'count' dies at the end of the statement, but the task is stored in 'a': the coroutine will read a dangling reference [coroguard-dangling-argument]
  // CHECK-MESSAGES: :9:36: note: parameter declared here
  auto b = view(make_name());
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: temporary bound to parameter 'text' of coroutine 'view' dies at the end of the statement, but the task is stored in 'b': the coroutine will read a dangling view
  auto h = coroguard::spawn(count(make_name()));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: temporary bound to parameter 'text' of coroutine 'count' dies at the end of the statement, but the task is spawned by 'spawn'
  pending.push_back(sum(std::vector<int>{1, 2, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: temporary bound to parameter 'values' of coroutine 'sum' dies at the end of the statement, but the task is stored in a container
  co_await std::move(a);
  co_await std::move(b);
  co_await h;
}

task<int> returns_local() {
  std::string local = make_name();
  int n = 2;
  return count(local);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'local' dies when this function returns, but the returned task of coroutine 'count' keeps a reference to it in parameter 'text'
}
task<int> returns_pointer() {
  int n = 2;
  return by_pointer(&n);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'n' dies when this function returns, but the returned task of coroutine 'by_pointer' keeps a reference to it in parameter 'p'
}

// Not flagged: awaited in the same statement, run to completion, by value, static storage,
// non-coroutines, locals whose task does not leave the function.
task<int> safe(const std::string &param) {
  int a = co_await count("literal");
  int b = co_await gather(count(make_name()), view(make_name()));
  auto c = by_value(make_name());
  auto d = view("a string literal lives forever");
  auto e = not_a_coroutine(make_name());
  std::string local = make_name();
  auto f = count(local);
  int g = co_await count(param);
  co_return a + b + g + co_await std::move(c) + co_await std::move(d) + co_await std::move(e) +
      co_await std::move(f);
}
int main() { return coroguard::run(count(make_name())); }
task<int> forwards(const std::string &param) { return count(param); }

// A task handed by rvalue reference to a declared combinator is moved into its result.
task<int> with_deadline(task<int> &&t, int ms);
task<> combinator() {
  auto t = with_deadline(count(std::string("x")), 10); // the string still dangles
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: temporary bound to parameter 'text' of coroutine 'count' dies at the end of the statement
  auto u = with_deadline(by_value("x"), 10);
  co_await std::move(t);
  co_await std::move(u);
}

// A local of a loop iteration, or of an inner block, bound to a reference parameter of a task
// that outlives it.
using coroguard::task_group;
task<> per_iteration(std::vector<std::string> names, std::vector<task<int>> &pending, task_group &outer) {
  for (int i = 0; i < 3; ++i) {
    std::string name = names[i];
    coroguard::spawn(count(name));
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'name' dies at the end of the loop iteration, but the task of coroutine 'count' is spawned by 'spawn' and keeps a reference to it in parameter 'text'
    pending.push_back(count(name));
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'name' dies at the end of the loop iteration, but the task of coroutine 'count' is stored in a container and keeps a reference to it in parameter 'text'
    outer.spawn(count(name));
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'name' dies at the end of the loop iteration, but the task of coroutine 'count' is spawned by 'spawn' and keeps a reference to it in parameter 'text'
    std::vector<int> values{1, 2};
    pending.push_back(sum(values));
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'values' dies at the end of the loop iteration, but the task of coroutine 'sum' is stored in a container and keeps a view to it in parameter 'values'
  }
  for (const std::string copy : names) {
    auto h = coroguard::spawn(count(copy));
    co_await h; // awaited within the iteration: in time
    task_group local;
    local.spawn(count(copy)); // the group is joined before copy dies
    std::vector<task<int>> batch;
    batch.push_back(count(copy)); // so is the batch
  }
  {
    std::string inner = names[0];
    pending.push_back(count(inner));
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'inner' dies at the end of its block, but the task of coroutine 'count' is stored in a container and keeps a reference to it in parameter 'text'
  }
  std::string whole = names[0];
  auto h = coroguard::spawn(count(whole)); // the coroutine's own local: lives as long as it runs
  co_await h;
}
