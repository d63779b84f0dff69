// trace=FILE: a Chrome trace-event file (JSON object format) written at exit, which Perfetto
// and chrome://tracing open as a timeline: each task's lifetime (an async slice from creation
// to destruction, whose end carries the task's times and histograms), each step it ran on its
// thread (a complete slice), and every slow step.
#pragma once

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

bool tracing() noexcept;
void trace_frame_created(const frame_record& r) noexcept;
void trace_frame_destroyed(const frame_record& r) noexcept;
// A step of `r` begins (resumed) or ends (suspended, yielded or done) on this thread.
void trace_step(const frame_record& r, bool begins) noexcept;
// A stall of `ms` milliseconds so far in the step of `task` (may be null), on thread `tid`.
void trace_stall(long tid, const char* task, long ms) noexcept;
// Writes the file (at exit).
void write_trace() noexcept;

}  // namespace coroguard::debug
