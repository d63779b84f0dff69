// Reports, sanitizer style: a compiler-style headline that terminals and CI link to the source,
// the facts, the frames, then a one-line summary.
#pragma once

#include <string>
#include <vector>

#include "coroguard/debug/frame_record.hpp"
#include "stack.hpp"

namespace coroguard::debug {

struct report {
  const char* kind;                // stable name: the "coroguard-<kind>" tag
  std::string message;             // lower-case, names the thing and the consequence
  source_point where;              // the most useful source line
  std::vector<std::string> lines;  // the facts and frames, already indented
};

// The short name of a coroutine from its source_location::function_name() ("fetch").
std::string coroutine_name(const char* function_name);

// The lines that describe a task: id, coroutine, definition, state, creation stack, suspension.
// `created` is the symbolized creation stack (task.created_by()).
std::vector<std::string> describe_task(const frame_record& task,
                                       const std::vector<source_point>& created);

// Writes the report to stderr in one piece.
void emit(const report& r) noexcept;

}  // namespace coroguard::debug
