// The detectors, one file per kind of report (runtime/src/debug/<kind>.cpp), and every entry
// point the debug mode's core (core/) calls them through. Hooks the runtime calls directly
// (report_deadlock, check_loop_thread, job_waits_for) are in coroguard/debug/hooks.hpp.
#pragma once

#include <vector>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

struct loop_watch;

// unawaited-task: a task frame destroyed without its body ever having started.
void report_unawaited_task(const frame_record& task) noexcept;
// pending-task-destroyed: a task frame destroyed while suspended (its rest never runs).
void report_pending_task_destroyed(const frame_record& task) noexcept;
// cross-thread-call: a task resumed on a thread other than its loop's.
void report_foreign_resume(const frame_record& task) noexcept;
// leaked-frame (and ownership-cycle among the leaked frames): frames of `loop` still suspended
// after it stopped, or (loop == nullptr) every frame still alive at exit.
void report_leaked_frames(const void* loop) noexcept;
// ownership-cycle: among leaked frames, the cycles of ownership (frame A owns B when the task
// object owning B lies in A's frame, or in an object A's frame points to). Under the registry lock.
void report_ownership_cycles(const std::vector<const frame_record*>& leaked);
// slow-step: a loop thread starts (the watchdog starts with the first), and the watchdog stops
// (at exit, before the exit code is decided). Called under the loops' lock.
void watch_for_slow_steps(loop_watch& loop);
void stop_watchdog() noexcept;
// blocking-call: referenced from the core so a static link always pulls the interposers in.
void link_blocking_call_detector() noexcept;

}  // namespace coroguard::debug
