#include "coro_libs.h"
cppcoro::task<int> work();
cppcoro::task<> guarded() {
  try {
    co_await work();
  } catch (...) {
  }
  for (;;) {
    try { co_await work(); } catch (...) { continue; }
  }
}
