// slow-step: a step (the run of a task between two suspensions) that keeps the loop thread
// for more than slow_ms. A watchdog thread notices it *during* the stall, interrupts the loop
// thread with a signal whose handler copies the native stack and the running task's async
// backtrace, and reports both with the time spent on and off the CPU. A long stall is reported
// again at 2x, 4x, ... its first report (Seastar's back-off); at most a few reports go out per
// window, and the next one says how many were suppressed.
#include <execinfo.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "core/loop_lifecycle.hpp"
#include "core/options.hpp"
#include "core/trace.hpp"
#include "coroguard/debug/hooks.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

namespace {

using steady = std::chrono::steady_clock;

const int capture_signal = SIGRTMIN + 7;

std::condition_variable watchdog_wake;
std::thread watchdog;
bool watchdog_stopping = false;
// Rate limit: at most `burst` reports per window; the rest are counted.
constexpr int burst = 5;
constexpr auto window = std::chrono::seconds(10);
int reports_in_window = 0;
steady::time_point window_start{};
long suppressed = 0;

void on_capture_signal(int, siginfo_t*, void*) {
  int saved_errno = errno;
  loop_watch* w = this_thread.watch;
  if (w && w->capture.load(std::memory_order_acquire) == 1) {
    w->pc_count = backtrace(w->pcs, 64);
    int n = 0;
    const frame_record* innermost = this_thread.running;
    for (const frame_record* f = innermost; f && n < 16; f = f->awaiter(), ++n)
      w->chain[n] = {f->id(), f->function(), f->suspended_at(), f->state() == task_state::suspended};
    w->chain_length = n;
    if (innermost) {
      w->defined_at = innermost->defined_at();
      for (int i = 0; i < frame_record::creation_depth; ++i) w->created_by[i] = innermost->created_by()[i];
    }
    this_thread.interrupted = 1;
    w->capture.store(2, std::memory_order_release);
  }
  errno = saved_errno;
}

long ms_between(timespec a, timespec b) { return (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1'000'000; }

void report_stall(loop_watch& w, long stalled_ms, long on_cpu_ms) {
  report_scope scope;
  report r{report_kind::slow_step, {}, {}, {}};
  std::string task_name = "the loop's own work";
  if (w.chain_length > 0) {
    const captured_frame& top = w.chain[0];
    task_name = "task '" + coroutine_name(top.function) + "'";
    task_facts t;
    t.id = top.id;
    t.coroutine = top.function;
    t.state = "running";
    t.defined_at = format_line(w.defined_at);
    t.created_at = creation_stack(w.created_by, w.defined_at);
    for (int i = 0; i < w.chain_length; ++i)
      t.backtrace.push_back({w.chain[i].id, coroutine_name(w.chain[i].function),
                             w.chain[i].suspended ? format_point(point_of(w.chain[i].at)) : std::string()});
    r.tasks.push_back(std::move(t));
  }
  r.message = "the step of " + task_name + " has kept the loop thread for " + std::to_string(stalled_ms) +
              " ms and is still running; no other task runs meanwhile";
  // Start at the interrupted frame: the handler and the kernel's trampoline come first.
  int first = 0;
  for (int i = 0; i < w.pc_count; ++i)
    if (w.pcs[i] == reinterpret_cast<void*>(&on_capture_signal) || i < 2) first = i + 1;
  r.stack_title = "native stack of the loop thread (thread " + std::to_string(w.tid) + ")";
  r.stack = native_frames(w.pcs + first, w.pc_count - first, /*first_is_interrupted=*/true);
  if (const native_frame* f = first_user_frame(r.stack)) r.where = f->point;
  long off = stalled_ms - on_cpu_ms;
  r.notes.push_back("on CPU " + std::to_string(on_cpu_ms) + " ms, off CPU " + std::to_string(off < 0 ? 0 : off) +
                    " ms: " + (on_cpu_ms * 2 >= stalled_ms ? "it computes" : "it is blocked (sleeping or waiting)"));
  if (suppressed > 0) {
    r.notes.push_back(std::to_string(suppressed) + " earlier slow-step report(s) suppressed");
    suppressed = 0;
  }
  r.notes.push_back(w.loop ? "hint: move blocking or CPU-heavy work off the loop with co_await coroguard::to_thread(fn)"
                           : "hint: move blocking or CPU-heavy work off the event loop's thread (to a worker thread "
                             "or pool), or split it with awaits");
  trace_stall(w.tid, w.chain_length ? w.chain[0].function : nullptr, stalled_ms);
  emit(r);
}

bool within_rate_limit(steady::time_point now) {
  if (now - window_start > window) {
    window_start = now;
    reports_in_window = 0;
  }
  if (reports_in_window >= burst) {
    ++suppressed;
    return false;
  }
  ++reports_in_window;
  return true;
}

void check(loop_watch& w) {
  const int slow_ms = current_options().slow_ms;
  const steady::time_point now = steady::now();
  const std::uint64_t step = w.step.load(std::memory_order_relaxed);
  if (w.idle.load(std::memory_order_relaxed) || step != w.seen_step) {
    w.seen_step = step;
    w.seen_since = now;
    clock_gettime(w.cpu_clock, &w.cpu_since);
    w.next_report_ms = slow_ms;
    return;
  }
  long stalled = std::chrono::duration_cast<std::chrono::milliseconds>(now - w.seen_since).count();
  if (stalled < w.next_report_ms) return;
  w.next_report_ms *= 2;
  if (!within_rate_limit(now)) return;
  timespec cpu_now{};
  clock_gettime(w.cpu_clock, &cpu_now);
  w.capture.store(1, std::memory_order_release);
  if (pthread_kill(w.thread, capture_signal) != 0) {
    w.capture.store(0);
    return;
  }
  // The handler runs at once unless the thread is in a sanitizer's critical section. The lock
  // stays held: the loop cannot unregister (and free) its watch meanwhile.
  for (int i = 0; i < 200 && w.capture.load(std::memory_order_acquire) != 2; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  if (w.capture.exchange(0, std::memory_order_acq_rel) != 2) return;
  report_stall(w, stalled, ms_between(w.cpu_since, cpu_now));
}

void watchdog_main() {
  const auto tick = std::chrono::milliseconds(std::max(5, current_options().slow_ms / 4));
  std::unique_lock lock(loops_mutex());
  while (!watchdog_stopping) {
    watchdog_wake.wait_for(lock, tick);
    for (loop_watch* w : running_loops()) check(*w);
  }
}

}  // namespace

void watch_for_slow_steps(loop_watch&) {
  if (current_options().slow_ms == 0) return;
  prepare_stack_capture();  // what the signal handler needs, done outside it
  static bool handler_installed = [] {
    struct sigaction sa{};
    sa.sa_sigaction = on_capture_signal;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(capture_signal, &sa, nullptr);
    return true;
  }();
  (void)handler_installed;
  if (!watchdog.joinable()) watchdog = std::thread(watchdog_main);
}

void stop_watchdog() noexcept {
  {
    own_lock lock(loops_mutex());
    watchdog_stopping = true;
  }
  watchdog_wake.notify_all();
  if (watchdog.joinable()) watchdog.join();
}

}  // namespace coroguard::debug
