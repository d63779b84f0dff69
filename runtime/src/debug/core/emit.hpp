// Sending a report out (emit.cpp), and what every detector includes to make one.
#pragma once

#include "core/facts.hpp"
#include "core/format.hpp"
#include "core/report.hpp"
#include "core/user_frames.hpp"

namespace coroguard::debug {

// Prints the report (unless suppressed), counts it, and exits when halt_on_error is set.
void emit(const report& r) noexcept;

// A report that could not be made (out of memory while building it) says so on stderr, without
// allocating, and still counts toward the exit code: a finding is never lost silently.
void report_lost(report_kind kind) noexcept;

// Reports print nothing blocking-call could mistake for the program's own blocking.
class report_scope {
 public:
  report_scope() noexcept;
  ~report_scope();
  report_scope(const report_scope&) = delete;
  report_scope& operator=(const report_scope&) = delete;
};

// Installs the at-exit work once (exit_check.cpp): leaked-frame at exit, the trace file, the
// exit code.
void install_exit_check() noexcept;

}  // namespace coroguard::debug
