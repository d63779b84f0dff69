// Where the runtime tells the debug mode what happens to loops, jobs and frames. Each hook feeds
// one or more detectors in runtime/src/debug/. The release twin below is inline no-ops (and
// empty members), so the primitives call the hooks unconditionally and a release build pays
// nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <source_location>

#include "coroguard/debug/config.hpp"
#include "coroguard/debug/frame_record.hpp"

namespace coroguard::detail {
class job;
class child_set;
}  // namespace coroguard::detail

#if COROGUARD_DEBUG_MODE
namespace coroguard::debug {

// Who a job is, kept after its frames are gone (exception-never-retrieved names the task).
struct task_identity {
  std::uint64_t id = 0;
  const char* function = nullptr;
  std::source_location defined_at{};
  void* created_by[creation_depth] = {};
};

// The debug mode's view of a job (detail::job::debug): who it is, and the job or the children
// (gather, when_any, a task group) it waits for (await-cycle).
struct job_state {
  task_identity identity{};
  frame_record* task = nullptr;  // its first frame, while that is alive
  detail::job* waiting_for = nullptr;
  const detail::child_set* waiting_children = nullptr;
  const frame_record* waiting_frame = nullptr;  // the frame that waits for it
};

// The loop on this thread starts, goes idle (blocking for I/O or timers), works again, stops.
// loop_stopped runs after the loop has destroyed the frames it owns (leaked-frame).
void loop_started(const void* loop);
void loop_idle(bool idle) noexcept;
void loop_step() noexcept;
void loop_stopped(const void* loop) noexcept;
// The loop found nothing that can ever wake its main task: prints the wait-for graph.
void report_deadlock(const void* loop) noexcept;
// The loop is about to wait for timers or I/O: tasks parked since the last check on waits that
// only other parked tasks can end are reported (deadlock), though the loop runs on.
void check_parked_tasks(const void* loop) noexcept;
// A loop-thread-only operation was called from another thread: reports it and returns false
// (the caller then hands the operation to the loop thread, so the program goes on safely).
bool check_loop_thread(const void* loop, const char* operation) noexcept;
// The loop queues the coroutine whose frame starts at `frame`: returns the time (the clock of
// frame_record's task_times, in nanoseconds) and counts a self-wake when the frame queues
// itself from inside its own step.
std::int64_t task_queued(const void* frame) noexcept;
// The loop resumes `frame`, queued at `since` (task_queued): the step it starts counts the time
// between as the task's scheduled time (ready, waiting for the loop). (0, null) after the step.
void resuming_woken(std::int64_t since, const void* frame) noexcept;
// The frame suspending now reschedules itself from its own step (sleep(0): a yield).
void self_wake() noexcept;

// `waiter` starts waiting for `target` to finish (join, with_timeout); reports an await cycle
// the moment one closes. job_wait_ended clears the edge.
void job_waits_for(detail::job* waiter, detail::job* target) noexcept;
void job_wait_ended(detail::job* waiter) noexcept;
// The same for a wait on children (gather, when_any, as_completed, a task group's join): a cycle
// closes when enough of them wait, directly or not, for `waiter` that the wait cannot end.
void job_waits_for_children(detail::job* waiter, const detail::child_set* children) noexcept;
// The first frame a job runs: its identity is copied for reports about the job.
void job_started(detail::job* j, frame_record& first) noexcept;

// The runtime's allocator made a coroutine frame: the record built right after it (in the
// promise) learns where its frame starts and how big it is.
void frame_allocated(void* start, std::size_t size) noexcept;

// The wait-for edges of a join (one target) or of a wait on children: set while the awaiting
// job waits.
class wait_edge {
 public:
  void begin(detail::job* waiter, detail::job* target) noexcept {
    job_waits_for(waiter, target);
    set_ = true;
  }
  void begin(detail::job* waiter, const detail::child_set* children) noexcept {
    job_waits_for_children(waiter, children);
    set_ = true;
  }
  void end(detail::job* waiter) noexcept {
    if (set_) job_wait_ended(waiter);
    set_ = false;
  }

 private:
  bool set_ = false;
};

}  // namespace coroguard::debug

#else
namespace coroguard::debug {

struct job_state {};
inline void loop_started(const void*) {}
inline void loop_idle(bool) noexcept {}
inline void loop_step() noexcept {}
inline void loop_stopped(const void*) noexcept {}
inline void report_deadlock(const void*) noexcept {}
inline void check_parked_tasks(const void*) noexcept {}
inline bool check_loop_thread(const void*, const char*) noexcept { return true; }
inline void job_waits_for(detail::job*, detail::job*) noexcept {}
inline void job_wait_ended(detail::job*) noexcept {}
inline void job_started(detail::job*, frame_record&) noexcept {}
inline void frame_allocated(void*, std::size_t) noexcept {}
class wait_edge {
 public:
  void begin(detail::job*, detail::job*) noexcept {}
  void begin(detail::job*, const detail::child_set*) noexcept {}
  void end(detail::job*) noexcept {}
};

}  // namespace coroguard::debug
#endif

namespace coroguard::debug {

// The loop thread waits for I/O or timers (slow-step does not count the time).
struct loop_idle_scope {
  loop_idle_scope() noexcept { loop_idle(true); }
  ~loop_idle_scope() { loop_idle(false); }
  loop_idle_scope(const loop_idle_scope&) = delete;
  loop_idle_scope& operator=(const loop_idle_scope&) = delete;
};

}  // namespace coroguard::debug
