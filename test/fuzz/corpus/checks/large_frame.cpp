#include "coro_libs.h"
cppcoro::task<int> read_into(char *);
cppcoro::task<int> big() {
  char buffer[1 << 20];
  int n = co_await read_into(buffer);
  co_return n + buffer[0];
}
template <class T> cppcoro::task<T> generic(T v) {
  T copy[64] = {v};
  co_await read_into(nullptr);
  co_return copy[0];
}
cppcoro::task<double> use() { co_return co_await generic(1.0); }
