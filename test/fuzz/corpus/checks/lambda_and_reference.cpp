#include "coro_libs.h"
struct text { text(const char *); ~text(); };
cppcoro::task<> use(const text &s);
cppcoro::task<> start(int x) {
  auto f = [x]() -> cppcoro::task<int> { co_return x; };
  auto t = use(text("temporary"));
  co_await t;
  co_await f();
  auto g = [&x]() -> cppcoro::task<int> { co_return x; }();
  co_await g;
}
