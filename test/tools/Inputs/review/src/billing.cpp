#include "store.hpp"

coroguard::task<int> charge(int id, bool ready) {
  if (ready)save(id);
  save(id + 1);
  co_return 0;
}
