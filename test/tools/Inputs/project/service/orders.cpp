#include <coroguard/task.hpp>

coroguard::task<> save_order(int id);

coroguard::task<> checkout(int id) {
  save_order(id);  // finding: never awaited
  co_return;
}
