#include "store.hpp"

coroguard::task<int> place_order(int id) {
  save(id);
  co_return co_await save(id + 1);
}

coroguard::task<int> cancel_order(int id) {
  co_return co_await save(-id);
}
