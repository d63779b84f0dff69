// async_mutex: mutual exclusion across suspension points (asyncio.Lock), FIFO.
//   auto lock = co_await m.lock();   // unlocked when `lock` is destroyed
// Unlike std::mutex it may be held across co_await: waiters suspend, the loop runs on.
#pragma once

#include "coroguard/semaphore.hpp"

namespace coroguard {

class async_mutex {
 public:
  using guard = permit;

  // co_await: a guard holding the mutex.
  auto lock(bool cancellable = true) noexcept { return sem_.acquire(cancellable); }
  guard try_lock() noexcept { return sem_.try_acquire(); }
  bool locked() const noexcept { return sem_.available() == 0; }

 private:
  semaphore sem_{1};
};

}  // namespace coroguard
