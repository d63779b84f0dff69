// Reports, sanitizer style: a compiler-style headline that terminals and CI link to the source,
// the facts about each task involved, the stacks, then a one-line summary. Or the same fields
// as one JSON object per line (report=json).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "coroguard/debug/frame_record.hpp"
#include "stack.hpp"

namespace coroguard::debug {

// The stable names of the reports: "coroguard-<kind>".
inline constexpr const char* report_kinds[] = {
    "blocking-call", "slow-step",   "unawaited-task", "exception-never-retrieved", "pending-task-destroyed",
    "leaked-frame",  "await-cycle", "deadlock",       "ownership-cycle",           "cross-thread-call"};

struct native_frame {
  void* pc = nullptr;
  source_point point;
};

// One coroutine frame of an async backtrace: the coroutine and where it is suspended.
struct async_frame {
  std::uint64_t id = 0;
  std::string coroutine;
  std::string at;  // file:line:col, empty while running
};

// One task as a report shows it.
struct task_facts {
  std::uint64_t id = 0;
  std::string coroutine;  // as the compiler names it: "task<int> fetch(int)"
  std::string state;
  std::string defined_at;  // file:line
  std::size_t frame_bytes = 0;
  std::vector<native_frame> created_at;  // the creating call and its callers (user code)
  std::string suspended_at;              // file:line:col
  std::string waiting_for;               // "sleep", "task #4 (join)", "queue 0x…"
  std::vector<async_frame> backtrace;    // this frame, then the frames awaiting it
};

struct report {
  explicit report(const char* k, std::string m = {}, source_point w = {}, std::vector<task_facts> t = {})
      : kind(k), message(std::move(m)), where(std::move(w)), tasks(std::move(t)) {}

  const char* kind;     // one of report_kinds
  std::string message;  // lower-case, names the thing and the consequence
  source_point where;   // the most useful source line
  std::vector<task_facts> tasks;
  std::string stack_title;  // e.g. "native stack of the loop thread"
  std::vector<native_frame> stack;
  std::vector<std::string> notes;  // further facts, hints, graphs: one line each
};

// The short name of a coroutine from its source_location::function_name() ("fetch").
std::string coroutine_name(const char* function_name);
std::string format_point(const source_point& p);
source_point point_of(const std::source_location& l);
// "file:line" of a source_location (where a coroutine is).
std::string format_line(const std::source_location& l);
const char* state_name(task_state s);

// The facts about a live frame (symbolizes its creation stack). Call on the frame's thread or
// under the registry lock.
task_facts facts_of(const frame_record& r);
// The creating call and its callers in user code (frame_record::creation_depth addresses).
std::vector<native_frame> creation_stack(void* const* created_by);
// What a suspended frame waits for, in words.
std::string describe_wait(const frame_record& r);
// Symbolized native frames from the first one that is not the capture itself (our code, a
// sanitizer's interceptor); reports show stack_depth of them.
std::vector<native_frame> native_frames(void* const* pcs, int count);
// The first frame in user code: the best line for a headline.
const native_frame* first_user_frame(const std::vector<native_frame>& frames);

// Prints the report (unless suppressed), counts it, and exits when halt_on_error is set.
void emit(const report& r) noexcept;

// Reports print nothing blocking-call could mistake for the program's own blocking.
class report_scope {
 public:
  report_scope() noexcept;
  ~report_scope();
};

// Installs the at-exit work once: leaked-frame at exit, the trace file, the exit code.
void install_exit_check() noexcept;

}  // namespace coroguard::debug

namespace coroguard::debug {
// The line a report about one task points at: where it waits when suspended (suspended
// frames), else the user code that created it, else the coroutine's definition.
source_point task_point(const frame_record& r, const task_facts& t, bool prefer_suspension);
}  // namespace coroguard::debug
