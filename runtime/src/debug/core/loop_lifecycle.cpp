// The loop lifecycle: each loop thread's watch is created when its loop starts and freed when it
// stops, after which the frames the loop left behind are reported (leaked-frame).
#include "core/loop_lifecycle.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/event_loop.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

namespace {

std::mutex loops_lock;
std::vector<loop_watch*> loops;

loop_watch* watch_this_thread(const void* loop) {
  auto* w = new loop_watch;
  w->loop = loop;
  w->previous = this_thread.watch;
  w->thread = pthread_self();
  w->tid = static_cast<long>(syscall(SYS_gettid));
  pthread_getcpuclockid(w->thread, &w->cpu_clock);
  this_thread.watch = w;
  install_exit_check();
  w->seen_since = std::chrono::steady_clock::now();
  own_lock lock(loops_lock);
  loops.push_back(w);
  watch_for_slow_steps(*w);
  return w;
}

void unwatch_this_thread(loop_watch* w) noexcept {
  {
    own_lock lock(loops_lock);
    std::erase(loops, w);
  }
  this_thread.watch = w->previous;
  delete w;
}

// A foreign thread's watch, unregistered when the thread exits.
struct foreign_thread {
  loop_watch* watch = nullptr;
  int depth = 0;  // steps open on the thread (a resume inside a step nests)
  ~foreign_thread() {
    if (watch && this_thread.watch == watch) unwatch_this_thread(watch);
  }
};
thread_local foreign_thread foreign;

}  // namespace

std::mutex& loops_mutex() noexcept { return loops_lock; }
const std::vector<loop_watch*>& running_loops() noexcept { return loops; }

void watch_running(loop_watch& watch, frame_record*) noexcept {
  watch.step.store(watch.step.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void loop_started(const void* loop) { watch_this_thread(loop); }

void loop_idle(bool idle) noexcept {
  if (loop_watch* w = this_thread.watch) {
    w->idle.store(idle, std::memory_order_relaxed);
    watch_running(*w, nullptr);
  }
}

void loop_step() noexcept {
  if (loop_watch* w = this_thread.watch) watch_running(*w, nullptr);
}

void loop_stopped(const void* loop) noexcept {
  loop_watch* w = this_thread.watch;
  if (w && w->loop == loop) unwatch_this_thread(w);
  report_leaked_frames(loop);
}

void run_on_loops(const std::function<void()>& f) {
  own_lock lock(loops_lock);
  if (!loop_running_locked()) return f();
  // Under the lock: a loop unregisters (in its destructor) before it is gone.
  for (loop_watch* w : loops)
    if (w->loop) static_cast<event_loop*>(const_cast<void*>(w->loop))->post_from_any_thread(f);
}

bool loop_running() noexcept {
  own_lock lock(loops_lock);
  return loop_running_locked();
}

bool loop_running_locked() noexcept {
  return std::any_of(loops.begin(), loops.end(), [](const loop_watch* w) { return w->loop != nullptr; });
}

void foreign_step_started() noexcept {
  if (foreign.depth++ > 0) return;
  loop_watch* w = this_thread.watch;
  if (!w) {
    try {
      w = foreign.watch = watch_this_thread(nullptr);
    } catch (...) {  // out of memory: this thread goes unwatched
      return;
    }
  }
  if (w != foreign.watch) return;  // a loop of ours runs here: its own hooks count its steps
  w->idle.store(false, std::memory_order_relaxed);
  watch_running(*w, nullptr);
}

void foreign_step_ended() noexcept {
  if (foreign.depth == 0) return;
  --foreign.depth;
  if (foreign.depth > 0) return;
  if (loop_watch* w = this_thread.watch; w && w == foreign.watch) {
    w->idle.store(true, std::memory_order_relaxed);
    watch_running(*w, nullptr);
  }
}

}  // namespace coroguard::debug
