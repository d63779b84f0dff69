// sleep(d): suspend the calling task for `d` without blocking the loop (asyncio.sleep).
#pragma once

#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <coroutine>

#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

namespace detail {
struct timer_wait {
  boost::asio::steady_timer& timer;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) {
    timer.async_wait([h](const boost::system::error_code&) { h.resume(); });
  }
  void await_resume() const noexcept {}
};
}  // namespace detail

inline task<void> sleep(std::chrono::steady_clock::duration d) {
  boost::asio::steady_timer timer(event_loop::current().context(), d);
  co_await detail::timer_wait{timer};
}

}  // namespace coroguard
