// event_loop: one Asio io_context driven by `run` on the calling thread (asyncio's loop).
//
// The loop owns the root frames of spawned tasks: a spawned task that is still suspended when
// the loop shuts down is destroyed with it, so no frame outlives its loop.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <coroutine>
#include <functional>

namespace coroguard {

namespace detail {
class root_promise;
}

class event_loop {
 public:
  event_loop();
  event_loop(const event_loop&) = delete;
  event_loop& operator=(const event_loop&) = delete;
  ~event_loop();

  // The loop running on this thread; throws std::logic_error outside `run`.
  static event_loop& current();

  boost::asio::io_context& context() noexcept { return context_; }

  // Resumes `h` from the loop, after the handlers already queued.
  void schedule(std::coroutine_handle<> h) {
    boost::asio::post(context_, [h] { h.resume(); });
  }

  // Runs handlers until `finished()` holds. Throws std::runtime_error when the loop has no work
  // left before that: nothing could ever wake the waiting tasks.
  void run_until(const std::function<bool()>& finished);

 private:
  friend class detail::root_promise;
  void adopt(detail::root_promise* root) noexcept;
  void release(detail::root_promise* root) noexcept;
  void destroy_roots() noexcept;

  boost::asio::io_context context_;
  detail::root_promise* roots_ = nullptr;
  event_loop* previous_;
};

}  // namespace coroguard
