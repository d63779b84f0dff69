#include "core/registry.hpp"

#include <unordered_map>

#if defined(__x86_64__)
#include <x86intrin.h>
#endif

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "core/loop_lifecycle.hpp"
#include "core/stack.hpp"
#include "core/trace.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/frame_allocator.hpp"
#include "coroguard/detail/job.hpp"
#include "coroguard/event_loop.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

registry_state task_registry;
thread_local thread_activity this_thread;

namespace {

struct site_key {
  void* creator;
  const char* function;
  bool operator==(const site_key&) const = default;
};
struct site_hash {
  std::size_t operator()(const site_key& k) const noexcept {
    return std::hash<void*>{}(k.creator) * 31 + std::hash<const void*>{}(k.function);
  }
};
// The frame this thread's allocator made last (the promise built next holds its record).
struct frame_allocation {
  void* start = nullptr;
  std::size_t size = 0;
};
thread_local frame_allocation last_allocation;

// Guarded by task_registry.mutex.
std::unordered_map<site_key, site_usage, site_hash> sites;
std::unordered_map<const char*, function_times> ended_by_function;  // frames destroyed so far

// Marks the frame list as changing for a reader outside the process (a seqlock's writer side;
// writers are serialised by the registry lock).
class list_change {
 public:
  list_change() noexcept {
    task_registry.generation.store(task_registry.generation.load(std::memory_order_relaxed) + 1,
                                   std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
  }
  list_change(const list_change&) = delete;
  list_change& operator=(const list_change&) = delete;
  ~list_change() {
    task_registry.generation.store(task_registry.generation.load(std::memory_order_relaxed) + 1,
                                   std::memory_order_release);
  }
};

// The handle the loop resumes now: its frame, and when it was queued (consumed by the step it
// starts; the virtual clock starts at 0, so 0 is a time like any other).
struct loop_wake {
  const void* frame = nullptr;
  std::int64_t queued_at = 0;
  bool pending = false;
};
thread_local loop_wake resuming;

std::int64_t nanoseconds(detail::clock::time_point t) noexcept {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

#if defined(__x86_64__)
// The time stamp counter, scaled to the steady clock once: a third of clock_gettime's cost,
// and the accounting reads the clock about six times per spawn and join.
class tsc_clock {
 public:
  tsc_clock() noexcept {
    const auto start = detail::clock::now();
    const std::uint64_t ticks = __rdtsc();
    while (detail::clock::now() - start < std::chrono::milliseconds(2)) {}
    const auto end = detail::clock::now();
    tsc0_ = __rdtsc();
    ns0_ = nanoseconds(end);
    ns_per_tick_ = static_cast<double>(nanoseconds(end) - nanoseconds(start)) / static_cast<double>(tsc0_ - ticks);
  }
  std::int64_t now() const noexcept {
    return ns0_ + static_cast<std::int64_t>(static_cast<double>(__rdtsc() - tsc0_) * ns_per_tick_);
  }

 private:
  std::uint64_t tsc0_ = 0;
  std::int64_t ns0_ = 0;
  double ns_per_tick_ = 1;
};

std::int64_t steady_now() noexcept {
  static const tsc_clock tsc;
  return tsc.now();
}
#else
std::int64_t steady_now() noexcept { return nanoseconds(detail::clock::now()); }
#endif

// The loop's logical time where it runs the virtual clock (exact figures in tests).
std::int64_t loop_time() noexcept {
  const event_loop* loop = event_loop::current_or_null();
  return loop && loop->virtual_clock() ? nanoseconds(loop->now()) : steady_now();
}

// Frames made on another thread start on the steady clock, where a loop runs the virtual one.
std::int64_t elapsed(std::int64_t from, std::int64_t to) noexcept { return to > from ? to - from : 0; }

void set_running(frame_record* r) noexcept {
  this_thread.running = r;
  if (this_thread.watch) watch_running(*this_thread.watch, r);
}

}  // namespace

void registry::link(frame_record& r) noexcept {
  own_lock lock(task_registry.mutex);
  r.id_ = task_registry.next_id++;
  {
    list_change change;
    task_registry.frames.push_front(&r);
  }
  ++task_registry.live;
  try {
    site_usage& s = sites[{r.created_by_[0], r.function_}];
    s.creator = r.created_by_[0];
    s.function = r.function_;
    ++s.live;
    ++s.total;
    s.bytes += r.frame_size_;
    if (s.live > s.peak_live) s.peak_live = s.live;
    if (s.bytes > s.peak_bytes) s.peak_bytes = s.bytes;
  } catch (...) {  // out of memory: the memory report misses this frame (and says so)
    ++task_registry.uncounted;
  }
}

void registry::unlink(frame_record& r) noexcept {
  own_lock lock(task_registry.mutex);
  {
    list_change change;
    task_registry.frames.remove(&r);
  }
  --task_registry.live;
  if (auto it = sites.find({r.created_by_[0], r.function_}); it != sites.end()) {
    --it->second.live;
    it->second.bytes -= r.frame_size_;
  }
  try {
    function_times& f = ended_by_function[r.function_];
    f.function = r.function_;
    ++f.frames;
    add_times(f.times, current_times(r));
  } catch (...) {  // out of memory: the per-function times miss this frame (and say so)
    ++task_registry.times_uncounted;
  }
}

void add_times(task_times& sum, const task_times& t) noexcept {
  sum.busy += t.busy;
  sum.idle += t.idle;
  sum.scheduled += t.scheduled;
  sum.steps += t.steps;
  sum.self_wakes += t.self_wakes;
  if (t.longest_step > sum.longest_step) sum.longest_step = t.longest_step;
  for (int i = 0; i < duration_buckets; ++i) {
    sum.step_durations.counts[i] += t.step_durations.counts[i];
    sum.wake_latencies.counts[i] += t.wake_latencies.counts[i];
  }
}

std::size_t registry::times_uncounted() {
  own_lock lock(task_registry.mutex);
  return task_registry.times_uncounted;
}

std::vector<function_times> registry::times_by_function() {
  own_lock lock(task_registry.mutex);
  std::unordered_map<const char*, function_times> all = ended_by_function;
  for (const frame_record* r = task_registry.frames.front(); r; r = r->next_in_registry()) {
    function_times& f = all[r->function()];
    f.function = r->function();
    ++f.frames;
    ++f.live;
    add_times(f.times, current_times(*r));
  }
  std::vector<function_times> out;
  for (auto& [function, times] : all) out.push_back(times);
  return out;
}

memory_usage registry::usage_by_site() {
  own_lock lock(task_registry.mutex);
  memory_usage out;
  for (const auto& [key, usage] : sites) out.sites.push_back(usage);
  out.uncounted = task_registry.uncounted;
  return out;
}

std::int64_t task_queued(const void* frame) noexcept {
  // Inside the step the loop resumed `frame` for, the frame that suspended last is its own.
  if (frame && frame == resuming.frame) self_wake();
  return loop_time();
}

void self_wake() noexcept {
  if (frame_record* r = this_thread.suspending; r && r->state_ == task_state::suspended) ++r->times_.self_wakes;
}

void resuming_woken(std::int64_t since, const void* frame) noexcept { resuming = {frame, since, frame != nullptr}; }

void frame_record::step_begins() noexcept {
  const std::int64_t now = loop_time();
  std::int64_t woken = resuming.queued_at;
  const bool queued = resuming.pending;
  resuming.pending = false;
  if (state_ == task_state::created && times_.since == 0) times_.since = queued ? woken : now;
  const bool by_loop = queued && woken >= times_.since && woken <= now;
  if (!by_loop) woken = now;  // resumed by its awaited task, not the loop
  (state_ == task_state::created ? times_.scheduled : times_.idle) += elapsed(times_.since, woken);
  times_.scheduled += elapsed(woken, now);
  if (by_loop) times_.wake_latencies.add(now - woken);
  ++times_.steps;
  times_.since = now;
}

void frame_record::step_ends() noexcept {
  const std::int64_t now = loop_time();
  const std::int64_t step = elapsed(times_.since, now);
  times_.busy += step;
  times_.step_durations.add(step);
  if (step > times_.longest_step) times_.longest_step = step;
  times_.since = now;
}

std::int64_t current_step(const frame_record& r) noexcept {
  return r.state() == task_state::running && r.times().since ? elapsed(r.times().since, loop_time()) : 0;
}

task_times current_times(const frame_record& r) noexcept {
  task_times t = r.times();
  const std::int64_t so_far = t.since ? elapsed(t.since, loop_time()) : 0;  // 0: never queued yet
  switch (r.state()) {
    case task_state::created: t.scheduled += so_far; break;
    case task_state::running:
      t.busy += so_far;
      if (so_far > t.longest_step) t.longest_step = so_far;
      break;
    case task_state::suspended: t.idle += so_far; break;
    case task_state::done: break;
  }
  return t;
}

void frame_allocated(void* start, std::size_t size) noexcept { last_allocation = {start, size}; }

frame_record::frame_record(std::source_location coroutine, caller_frame creator, frame_kind kind) noexcept
    : function_(coroutine.function_name()), defined_at_(coroutine), kind_(kind) {
  // The promise (and this record in it) is built right after its frame is allocated.
  auto* self = reinterpret_cast<const char*>(this);
  auto* start = static_cast<const char*>(last_allocation.start);
  if (start && self >= start && self < start + last_allocation.size) {
    frame_ = last_allocation.start;
    frame_size_ = last_allocation.size;
  }
  enter_registry(creator);
}

frame_record::frame_record(std::source_location coroutine, caller_frame creator, const void* frame,
                           std::size_t size) noexcept
    : function_(coroutine.function_name()),
      defined_at_(coroutine),
      frame_(frame),
      frame_size_(size),
      kind_(frame_kind::task),
      instrumented_(true) {
  enter_registry(creator);
}

void frame_record::enter_registry(caller_frame creator) noexcept {
  capture_stack(creator, created_by_, creation_depth);
  install_exit_check();
  registry::link(*this);
  if (tracing()) trace_frame_created(*this);
}

frame_record::~frame_record() {
  if (job_ && job_->debug.task == this) job_->debug.task = nullptr;
  registry::unlink(*this);
  if (tracing()) trace_frame_destroyed(*this);
  if (this_thread.running == this) set_running(nullptr);
  if (this_thread.suspending == this) this_thread.suspending = nullptr;
  if (state_ == task_state::created && kind_ == frame_kind::task && !reported_) report_unawaited_task(*this);
  else if (state_ == task_state::suspended && !at_yield_ && !reported_) report_pending_task_destroyed(*this);
}

void frame_record::on_start() noexcept {
  step_begins();
  state_ = task_state::running;
  loop_ = event_loop::current_or_null();
  set_running(this);
  if (tracing()) trace_step(*this, true);
}

void frame_record::on_suspend(std::source_location at, wait_info wait) noexcept {
  step_ends();
  suspended_at_ = at;
  wait_ = wait;
  state_ = task_state::suspended;
  this_thread.suspending = this;
  set_running(nullptr);
  if (this_thread.watch && (wait.object || wait.job)) this_thread.watch->parked = true;
  if (tracing()) trace_step(*this, false);
}

void frame_record::on_yield() noexcept {
  step_ends();
  at_yield_ = true;
  state_ = task_state::suspended;
  set_running(nullptr);
  if (tracing()) trace_step(*this, false);
}

void frame_record::on_resume() noexcept {
  if (state_ == task_state::created) return on_start();
  step_begins();
  at_yield_ = false;
  wait_ = {};
  awaiter_type_ = nullptr;
  state_ = task_state::running;
  if (loop_ && loop_ != event_loop::current_or_null()) report_foreign_resume(*this);
  set_running(this);
  if (tracing()) trace_step(*this, true);
}

void frame_record::on_scheduled() noexcept {
  if (state_ == task_state::created && times_.since == 0) times_.since = loop_time();
}

void frame_record::on_done() noexcept {
  step_ends();
  state_ = task_state::done;
  set_running(nullptr);
  if (tracing()) trace_step(*this, false);
}

void job_started(detail::job* j, frame_record& first) noexcept {
  if (j->debug.identity.id != 0) return;  // not its first frame
  j->debug.identity.id = first.id();
  j->debug.identity.function = first.function();
  j->debug.identity.defined_at = first.defined_at();
  for (int i = 0; i < frame_record::creation_depth; ++i) j->debug.identity.created_by[i] = first.created_by()[i];
  j->debug.task = &first;
  first.job_ = j;
}

}  // namespace coroguard::debug
