// semaphore: at most N holders at a time (asyncio.Semaphore), FIFO among waiters.
//   auto permit = co_await sem.acquire();   // released when `permit` is destroyed
// A release hands the permit straight to the first waiter, so a late arrival cannot overtake
// it. A cancelled waiter leaves the queue and gets cancelled_error; it holds nothing.
#pragma once

#include <coroutine>
#include <cstddef>
#include <stdexcept>
#include <utility>

#include "coroguard/detail/wait_list.hpp"

namespace coroguard {

class semaphore;

// One unit of a semaphore, held until destroyed (or release()d).
class [[nodiscard("the permit is released when destroyed: keep it while you need it")]] permit {
 public:
  permit() noexcept = default;
  explicit permit(semaphore* s) noexcept : sem_(s) {}
  permit(permit&& o) noexcept : sem_(std::exchange(o.sem_, nullptr)) {}
  permit& operator=(permit&& o) noexcept {
    if (this != &o) {
      release();
      sem_ = std::exchange(o.sem_, nullptr);
    }
    return *this;
  }
  ~permit() { release(); }
  void release() noexcept;
  bool held() const noexcept { return sem_ != nullptr; }

 private:
  semaphore* sem_ = nullptr;
};

class semaphore {
 public:
  explicit semaphore(std::size_t permits) noexcept : available_(permits) {}
  semaphore(const semaphore&) = delete;
  semaphore& operator=(const semaphore&) = delete;

  std::size_t available() const noexcept { return available_; }

  // co_await: a permit, once one is free.
  class [[nodiscard("co_await the acquire")]] acquire_awaiter : detail::list_waiter {
   public:
    acquire_awaiter(semaphore& s, bool cancellable) noexcept : s_(s), cancellable_(cancellable) {}
    bool await_ready() noexcept { return s_.try_take(); }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> h) {
      return enqueue(s_.waiters_, h, cancellable_);
    }
    debug::wait_info debug_wait() const noexcept { return {"semaphore (or lock)", &s_}; }
    permit await_resume() {
      throw_if_cancelled();
      return permit(&s_);
    }

   private:
    semaphore& s_;
    bool cancellable_;
  };
  acquire_awaiter acquire(bool cancellable = true) noexcept { return acquire_awaiter(*this, cancellable); }

  // A permit now, or an empty one when none is free.
  permit try_acquire() noexcept { return try_take() ? permit(this) : permit(); }

  void release() noexcept {
    // Handed over: the woken waiter owns the unit, `available_` stays as it is.
    if (!waiters_.wake_one()) ++available_;
  }

 private:
  bool try_take() noexcept {
    if (available_ == 0 || !waiters_.empty()) return false;
    --available_;
    return true;
  }

  std::size_t available_;
  detail::wait_list waiters_;
};

inline void permit::release() noexcept {
  if (sem_) std::exchange(sem_, nullptr)->release();
}

}  // namespace coroguard
