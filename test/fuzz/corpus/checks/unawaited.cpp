#include "coro_libs.h"
cppcoro::task<int> fetch(int);
cppcoro::task<> caller() {
  fetch(1);
  auto t = fetch(2);
  int v = co_await fetch(3);
  co_return;
}
