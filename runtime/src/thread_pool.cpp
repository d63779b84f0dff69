#include "coroguard/thread_pool.hpp"

#include <algorithm>
#include <thread>

namespace coroguard {

thread_pool& default_thread_pool() {
  static thread_pool pool(std::max(2u, std::thread::hardware_concurrency()));
  return pool;
}

}  // namespace coroguard
