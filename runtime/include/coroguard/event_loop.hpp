// event_loop: the scheduler `run` drives on the calling thread (asyncio's loop).
//
// Ready coroutines wait in a FIFO and run in rounds: what a round schedules runs in the next
// (no task starves the others). Due timers and I/O completions join the FIFO behind the tasks
// already ready, as in asyncio: a task spawned before a sleep has started when the sleep ends,
// however late the loop gets to the timer. Timers are the loop's own heap; Asio's io_context
// carries I/O and completions posted from other threads.
// With the virtual clock, time jumps to the next timer whenever the loop would otherwise wait,
// so sleeps and timeouts take no real time (Trio's MockClock, tokio's paused time).
//
// The loop owns the root frames of spawned tasks: a spawned task that is still suspended when
// the loop shuts down is destroyed with it, so no frame outlives its loop.
#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <chrono>
#include <coroutine>
#include <cstddef>
#include <deque>
#include <functional>

#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/intrusive_list.hpp"
#include "coroguard/detail/timer_queue.hpp"

namespace coroguard {

namespace detail {
class root_promise;
class loop_group;
}  // namespace detail

struct run_options {
  // Sleeps and timeouts complete at once in logical time; now() advances by their durations.
  bool virtual_clock = false;
  // Event loops on their own threads: loop 0 on the calling thread runs main, the others wait
  // for the work handed to them (coroguard/loops.hpp).
  std::size_t loops = 1;
};

class event_loop {
 public:
  using clock = detail::clock;

  explicit event_loop(run_options options = {});
  event_loop(const event_loop&) = delete;
  event_loop& operator=(const event_loop&) = delete;
  ~event_loop();

  // The loop running on this thread; throws std::logic_error outside `run`.
  static event_loop& current();
  static event_loop* current_or_null() noexcept;

  boost::asio::io_context& context() noexcept { return context_; }

  // This run's loops (coroguard/loops.hpp): how many, which one this is, and loop `i`
  // (std::out_of_range past the last).
  std::size_t loop_count() const noexcept;
  std::size_t index() const noexcept { return index_; }
  event_loop& loop_at(std::size_t i);

  // The loop's time: the steady clock, or the virtual clock's logical time.
  clock::time_point now() const noexcept { return virtual_clock_ ? virtual_now_ : clock::now(); }
  bool virtual_clock() const noexcept { return virtual_clock_; }

  // Runs `f` on the loop thread; callable from any thread. The loop is not destroyed while a
  // post is still inside Asio (a completion can finish the loop before post() has returned).
  template <class F>
  void post_from_any_thread(F&& f) {
    posts_in_flight_.fetch_add(1, std::memory_order_acq_rel);
    boost::asio::post(context_, std::forward<F>(f));
    posts_in_flight_.fetch_sub(1, std::memory_order_acq_rel);
  }

  // Resumes `h` in the next round, after the handles already queued. Loop thread only.
  void schedule(std::coroutine_handle<> h) {
    if (!debug::check_loop_thread(this, "schedule")) return post_from_any_thread([this, h] { push_ready(h); });
    push_ready(h);
  }

  void add_timer(detail::timer_node* n, clock::time_point deadline) {
    if (!debug::check_loop_thread(this, "add_timer"))
      return post_from_any_thread([this, n, deadline] { timers_.add(n, deadline); });
    timers_.add(n, deadline);
  }
  void cancel_timer(detail::timer_node* n) noexcept { timers_.remove(n); }
  const detail::timer_queue& timers() const noexcept { return timers_; }

  // Runs until `finished()` holds. Throws std::runtime_error when nothing is ready, no timer is
  // set and no I/O or cross-thread work is outstanding: nothing could ever wake the waiting tasks.
  void run_until(const std::function<bool()>& finished);

 private:
  friend class detail::root_promise;
  friend class detail::loop_group;
  void adopt(detail::root_promise* root) noexcept;
  void release(detail::root_promise* root) noexcept;
  void destroy_roots() noexcept;
  bool run_ready_round();
  void push_ready(std::coroutine_handle<> h) {
    ready_.push_back(h);
#if COROGUARD_DEBUG_MODE
    ready_since_.push_back(debug::task_queued(h.address()));
#endif
  }
  bool fire_due_timers();
  void wait_for_work();

  boost::asio::io_context context_;
  std::atomic<int> posts_in_flight_{0};
  std::deque<std::coroutine_handle<>> ready_;
#if COROGUARD_DEBUG_MODE
  std::deque<std::int64_t> ready_since_;  // when each of ready_ was scheduled (task times)
#endif
  detail::timer_queue timers_;
  bool virtual_clock_;
  clock::time_point virtual_now_{};
  detail::intrusive_list<detail::root_promise> roots_;  // the debugger reads its head
  event_loop* previous_;
  detail::loop_group* group_ = nullptr;  // with {.loops = N}
  std::size_t index_ = 0;
};

// The current loop's time (see event_loop::now).
inline event_loop::clock::time_point now() { return event_loop::current().now(); }

}  // namespace coroguard
