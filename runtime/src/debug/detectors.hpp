// The detectors: each in its own file, named after the kind of report it makes.
#pragma once

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

// unawaited-task: a task frame destroyed without its body ever having started.
void report_unawaited_task(const frame_record& task) noexcept;
// pending-task-destroyed: a task frame destroyed while suspended (its rest never runs).
void report_pending_task_destroyed(const frame_record& task) noexcept;
// cross-thread-call: a task resumed on a thread other than its loop's.
void report_foreign_resume(const frame_record& task) noexcept;
// leaked-frame (and ownership-cycle among the leaked frames): frames of `loop` still suspended
// after it stopped, or (loop == nullptr) every frame still alive at exit.
void report_leaked_frames(const void* loop) noexcept;

}  // namespace coroguard::debug
