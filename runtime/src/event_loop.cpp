#include "coroguard/event_loop.hpp"

#include <boost/asio/executor_work_guard.hpp>
#include <coroutine>
#include <stdexcept>
#include <string>
#include <thread>

#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/loop_group.hpp"
#include "coroguard/detail/root_task.hpp"

// gdb's .debug_gdb_scripts entry (1: a Python file, by name) for the coroguard commands and
// printers. The section is not loaded at run time: it costs the program nothing.
#ifdef COROGUARD_GDB_SCRIPT
asm(".pushsection \".debug_gdb_scripts\", \"MS\",%progbits,1\n"
    ".byte 1\n"
    ".asciz \"" COROGUARD_GDB_SCRIPT
    "\"\n"
    ".popsection\n");
#endif

namespace coroguard {

namespace {
thread_local event_loop* current_loop = nullptr;
}

event_loop::event_loop(run_options options) : virtual_clock_(options.virtual_clock), previous_(current_loop) {
  if (virtual_clock_) virtual_now_ = clock::now();
  current_loop = this;
  debug::loop_started(this);
}

event_loop::~event_loop() {
  destroy_roots();
  while (posts_in_flight_.load(std::memory_order_acquire) != 0) std::this_thread::yield();
  debug::loop_stopped(this);
  current_loop = previous_;
}

event_loop& event_loop::current() {
  if (!current_loop)
    throw std::logic_error("coroguard: no event loop on this thread (call this inside coroguard::run)");
  return *current_loop;
}

event_loop* event_loop::current_or_null() noexcept { return current_loop; }

std::size_t event_loop::loop_count() const noexcept { return group_ ? group_->size() : 1; }

event_loop& event_loop::loop_at(std::size_t i) {
  if (group_) return group_->at(i);
  if (i != 0) throw std::out_of_range("coroguard: loop " + std::to_string(i) + " of a run with 1 loop");
  return *this;
}

bool event_loop::run_ready_round() {
  std::size_t n = ready_.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::coroutine_handle<> h = ready_.front();
    ready_.pop_front();
#if COROGUARD_DEBUG_MODE
    debug::resuming_woken(ready_since_.front(), h.address());
    ready_since_.pop_front();
#endif
    h.resume();
  }
#if COROGUARD_DEBUG_MODE
  debug::resuming_woken(0, nullptr);  // what timers and I/O queue next is no self-wake
#endif
  return n > 0;
}

// A bounded batch per round: a burst of due timers (100,000 at one instant) does not hold the
// loop in one step of its own; the rest fire in the next rounds, still in deadline order.
bool event_loop::fire_due_timers() {
  constexpr int max_timers_per_round = 1024;
  const clock::time_point t = now();
  int fired = 0;
  while (fired < max_timers_per_round) {
    detail::timer_node* n = timers_.pop_due(t);
    if (!n) break;
    n->fire();
    ++fired;
  }
  return fired > 0;
}

// Nothing is ready: block in the I/O reactor until a completion or the next timer, or (virtual
// clock) jump to the next timer once no I/O completes.
void event_loop::wait_for_work() {
  if (context_.stopped()) context_.restart();
  auto next = timers_.next_deadline();
  // Timers or I/O may still wake some tasks; the others may never wake (a partial deadlock).
  debug::check_parked_tasks(this);
  // Blocking here is the loop's job: slow-step does not count it.
  debug::loop_idle_scope idle;
  if (!next) {
    if (context_.run_one() == 0) {
      debug::report_deadlock(this);
      throw std::runtime_error(
          "coroguard::run: the main task is suspended and no timer, I/O or scheduled work can "
          "ever resume it (deadlock)");
    }
    return;
  }
  if (virtual_clock_) {
    // Outstanding I/O or thread-pool work gets a moment of real time before time jumps.
    if (!context_.stopped() && context_.run_one_for(std::chrono::milliseconds(1)) > 0) return;
    if (*next > virtual_now_) virtual_now_ = *next;
    return;
  }
  // The guard keeps Asio waiting until the deadline: with no I/O outstanding, run_one_until
  // would return at once and the loop would spin until the timer is due.
  auto wait_even_without_io = boost::asio::make_work_guard(context_);
  context_.run_one_until(*next);
}

void event_loop::run_until(const std::function<bool()>& finished) {
  while (!finished()) {
    debug::loop_step();
    bool progressed = run_ready_round();
    progressed |= fire_due_timers();
    if (context_.stopped()) context_.restart();
    progressed |= context_.poll() > 0;
    if (!progressed && ready_.empty()) wait_for_work();
  }
}

void event_loop::adopt(detail::root_promise* root) noexcept { roots_.push_front(root); }

void event_loop::release(detail::root_promise* root) noexcept { roots_.remove(root); }

// Destroying a root destroys the task it drives and every frame that task owns.
void event_loop::destroy_roots() noexcept {
  while (!roots_.empty()) std::coroutine_handle<detail::root_promise>::from_promise(*roots_.front()).destroy();
}

}  // namespace coroguard
