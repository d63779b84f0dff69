#include <coroguard/task.hpp>

coroguard::task<int> price(int id) { co_return id * 2; }

coroguard::task<int> total() {
  int a = co_await price(1);
  int b = co_await price(2);
  co_return a + b;
}
