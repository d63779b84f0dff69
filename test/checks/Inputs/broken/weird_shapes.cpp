// Unusual but valid shapes: recursive helpers, function pointers, macros, empty bodies.
#include "../coro_libs.h"
#include <unistd.h>

#define FETCH(x) fetch(x)
#define AWAIT_ALL co_await fetch(1); co_await fetch(2)

cppcoro::task<int> fetch(int);
int recurse(int n) { return n ? recurse(n - 1) + ::sleep(0) : 0; }
int ping(int n);
int pong(int n) { return ping(n - 1); }
int ping(int n) { return n ? pong(n) : 0; }

cppcoro::task<int> (*pointer)(int) = fetch;

cppcoro::task<> shapes() {
  FETCH(1);
  AWAIT_ALL;
  pointer(3);
  recurse(3);
  ping(4);
  [] {}();
  struct local { cppcoro::task<> inner() { co_return; } };
  co_return;
}
