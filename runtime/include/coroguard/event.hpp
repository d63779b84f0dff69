// event: a flag tasks wait for (asyncio.Event). set() wakes every waiter; wait() returns at
// once while the flag is set; clear() resets it.
#pragma once

#include <coroutine>

#include "coroguard/detail/wait_list.hpp"

namespace coroguard {

class event {
 public:
  event() = default;
  event(const event&) = delete;
  event& operator=(const event&) = delete;

  bool is_set() const noexcept { return set_; }
  void set() noexcept {
    set_ = true;
    waiters_.wake_all();
  }
  void clear() noexcept { set_ = false; }

  class [[nodiscard("co_await the wait")]] wait_awaiter : detail::list_waiter {
   public:
    explicit wait_awaiter(event& e) noexcept : e_(e) {}
    bool await_ready() const noexcept { return e_.set_; }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> h) {
      return enqueue(e_.waiters_, h);
    }
    debug::wait_info debug_wait() const noexcept { return {"event", &e_}; }
    void await_resume() const { throw_if_cancelled(); }

   private:
    event& e_;
  };
  wait_awaiter wait() noexcept { return wait_awaiter(*this); }

 private:
  bool set_ = false;
  detail::wait_list waiters_;
};

}  // namespace coroguard
