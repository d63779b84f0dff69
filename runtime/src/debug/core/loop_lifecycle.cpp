// The loop lifecycle: each loop thread's watch is created when its loop starts and freed when it
// stops, after which the frames the loop left behind are reported (leaked-frame).
#include "core/loop_lifecycle.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/event_loop.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

namespace {

std::mutex loops_lock;
std::vector<loop_watch*> loops;

}  // namespace

std::mutex& loops_mutex() noexcept { return loops_lock; }
const std::vector<loop_watch*>& running_loops() noexcept { return loops; }

void watch_running(loop_watch& watch, frame_record*) noexcept {
  watch.step.store(watch.step.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void loop_started(const void* loop) {
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
}

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
  if (w && w->loop == loop) {
    {
      own_lock lock(loops_lock);
      std::erase(loops, w);
    }
    this_thread.watch = w->previous;
    delete w;
  }
  report_leaked_frames(loop);
}

void run_on_loops(const std::function<void()>& f) {
  own_lock lock(loops_lock);
  if (loops.empty()) return f();
  // Under the lock: a loop unregisters (in its destructor) before it is gone.
  for (loop_watch* w : loops) static_cast<event_loop*>(const_cast<void*>(w->loop))->post_from_any_thread(f);
}

bool loop_running() noexcept {
  own_lock lock(loops_lock);
  return !loops.empty();
}

}  // namespace coroguard::debug
