#include "registry.hpp"

#include <unordered_map>

#include "activity.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/frame_allocator.hpp"
#include "coroguard/detail/job.hpp"
#include "coroguard/event_loop.hpp"
#include "detectors.hpp"
#include "report.hpp"
#include "stack.hpp"
#include "trace.hpp"

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
// Guarded by task_registry.mutex.
std::unordered_map<site_key, site_usage, site_hash> sites;

void set_running(frame_record* r) noexcept {
  this_thread.running = r;
  if (this_thread.watch) watch_running(*this_thread.watch, r);
}

}  // namespace

void registry::link(frame_record& r) noexcept {
  std::lock_guard lock(task_registry.mutex);
  r.id_ = task_registry.next_id++;
  r.next_ = task_registry.head;
  if (task_registry.head) task_registry.head->prev_ = &r;
  task_registry.head = &r;
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
  } catch (...) {  // out of memory: the memory report misses this frame, nothing else does
  }
}

void registry::unlink(frame_record& r) noexcept {
  std::lock_guard lock(task_registry.mutex);
  if (r.prev_) r.prev_->next_ = r.next_;
  else task_registry.head = r.next_;
  if (r.next_) r.next_->prev_ = r.prev_;
  --task_registry.live;
  if (auto it = sites.find({r.created_by_[0], r.function_}); it != sites.end()) {
    --it->second.live;
    it->second.bytes -= r.frame_size_;
  }
}

std::vector<site_usage> registry::usage_by_site() {
  std::lock_guard lock(task_registry.mutex);
  std::vector<site_usage> out;
  for (const auto& [key, usage] : sites) out.push_back(usage);
  return out;
}

frame_record::frame_record(std::source_location coroutine, caller_frame creator, frame_kind kind) noexcept
    : function_(coroutine.function_name()), defined_at_(coroutine), kind_(kind) {
  // The promise (and this record in it) is built right after its frame is allocated.
  detail::frame_allocation frame = detail::last_frame_allocation();
  auto* self = reinterpret_cast<const char*>(this);
  auto* start = static_cast<const char*>(frame.start);
  if (start && self >= start && self < start + frame.size) {
    frame_ = frame.start;
    frame_size_ = frame.size;
  }
  capture_stack(creator, created_by_, creation_depth);
  install_exit_check();
  registry::link(*this);
  if (tracing()) trace_frame_created(*this);
}

frame_record::~frame_record() {
  if (job_ && job_->debug_task == this) job_->debug_task = nullptr;
  registry::unlink(*this);
  if (tracing()) trace_frame_destroyed(*this);
  if (this_thread.running == this) set_running(nullptr);
  if (this_thread.suspending == this) this_thread.suspending = nullptr;
  if (state_ == task_state::created && kind_ == frame_kind::task) report_unawaited_task(*this);
  else if (state_ == task_state::suspended && !at_yield_ && !reported_) report_pending_task_destroyed(*this);
}

void frame_record::on_start() noexcept {
  state_ = task_state::running;
  loop_ = event_loop::current_or_null();
  set_running(this);
  if (tracing()) trace_step(*this, true);
}

void frame_record::on_suspend(std::source_location at, wait_info wait) noexcept {
  suspended_at_ = at;
  wait_ = wait;
  state_ = task_state::suspended;
  this_thread.suspending = this;
  set_running(nullptr);
  if (tracing()) trace_step(*this, false);
}

void frame_record::on_yield() noexcept {
  at_yield_ = true;
  state_ = task_state::suspended;
  set_running(nullptr);
  if (tracing()) trace_step(*this, false);
}

void frame_record::on_resume() noexcept {
  if (state_ == task_state::created) return on_start();
  at_yield_ = false;
  wait_ = {};
  awaiter_type_ = nullptr;
  state_ = task_state::running;
  if (loop_ && loop_ != event_loop::current_or_null()) report_foreign_resume(*this);
  set_running(this);
  if (tracing()) trace_step(*this, true);
}

void frame_record::on_done() noexcept {
  state_ = task_state::done;
  set_running(nullptr);
  if (tracing()) trace_step(*this, false);
}

void job_started(detail::job* j, frame_record& first) noexcept {
  if (j->debug_identity.id != 0) return;  // not its first frame
  j->debug_identity.id = first.id();
  j->debug_identity.function = first.function();
  j->debug_identity.defined_at = first.defined_at();
  for (int i = 0; i < frame_record::creation_depth; ++i) j->debug_identity.created_by[i] = first.created_by()[i];
  j->debug_task = &first;
  first.job_ = j;
}

}  // namespace coroguard::debug
