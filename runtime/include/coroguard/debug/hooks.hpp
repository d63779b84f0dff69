// Where the runtime tells the debug mode what happens to loops and jobs (debug builds only).
// Each hook feeds one or more detectors in runtime/src/debug/.
#pragma once

#if defined(COROGUARD_DEBUG) && COROGUARD_DEBUG
#include <cstdint>
#include <source_location>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::detail {
class job;
}

namespace coroguard::debug {

// Who a job is, kept after its frames are gone (exception-never-retrieved names the task).
struct task_identity {
  std::uint64_t id = 0;
  const char* function = nullptr;
  std::source_location defined_at{};
  void* created_by[creation_depth] = {};
};

// The loop on this thread starts, goes idle (blocking for I/O or timers), works again, stops.
// loop_stopped runs after the loop has destroyed the frames it owns (leaked-frame).
void loop_started(const void* loop);
void loop_idle(bool idle) noexcept;
void loop_step() noexcept;
void loop_stopped(const void* loop) noexcept;
// The loop found nothing that can ever wake its main task: prints the wait-for graph.
void report_deadlock(const void* loop) noexcept;
// A loop-thread-only operation was called from another thread: reports it and returns false
// (the caller then hands the operation to the loop thread, so the program goes on safely).
bool check_loop_thread(const void* loop, const char* operation) noexcept;

// `waiter` starts waiting for `target` to finish (join, with_timeout); reports an await cycle
// the moment one closes. job_wait_ended clears the edge.
void job_waits_for(detail::job* waiter, detail::job* target) noexcept;
void job_wait_ended(detail::job* waiter) noexcept;
// The first frame a job runs: its identity is copied for reports about the job.
void job_started(detail::job* j, frame_record& first) noexcept;

}  // namespace coroguard::debug
#endif
