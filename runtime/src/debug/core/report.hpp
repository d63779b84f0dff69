// A report, sanitizer style: a compiler-style headline that terminals and CI link to the
// source, the facts about each task involved, the stacks, then a one-line summary (render.cpp
// writes it as text or JSON; emit.cpp sends it out).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/stack.hpp"
#include "coroguard/debug/frame_record.hpp"
#include "coroguard/debug/report_kind.hpp"

namespace coroguard::debug {

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
  explicit report(report_kind k, std::string m = {}, source_point w = {}, std::vector<task_facts> t = {})
      : kind(k), message(std::move(m)), where(std::move(w)), tasks(std::move(t)) {}

  report_kind kind;
  std::string message;  // lower-case, names the thing and the consequence
  source_point where;   // the most useful source line
  std::vector<task_facts> tasks;
  std::string stack_title;  // e.g. "native stack of the loop thread"
  std::vector<native_frame> stack;
  std::vector<std::string> notes;  // further facts, hints, graphs: one line each
};

}  // namespace coroguard::debug
