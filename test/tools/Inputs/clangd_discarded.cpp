#include "coro_libs.h"

cppcoro::task<int> fetch(int id);

cppcoro::task<int> forgets() {
  fetch(1);
  co_return 0;
}

cppcoro::task<int> awaits() {
  int n = co_await fetch(2);
  co_return n;
}
