// Code in the middle of being typed: every check must survive it.
#include "../coro_libs.h"
#include <mutex>

cppcoro::task<int> fetch(int);
struct no_promise {};

no_promise not_a_coroutine_type() { co_return 1; }

cppcoro::task<int> unterminated(int x) {
  std::lock_guard g(undeclared_mutex);
  auto t = fetch(x
  co_await t;
  try { co_await missing(); } catch (...) {
}

template <class T> cppcoro::task<T> dependent(T v, const T &r) {
  std::lock_guard g(v.mutex);
  co_await v.wait(r);
  typename T::type local[1 << 20];
  co_return co_await r;
}

void not_in_coroutine() { co_await fetch(1); }

auto lambda = [x = 1]() -> cppcoro::task<int> { co_yield x; }();
