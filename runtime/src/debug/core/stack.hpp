// Native stacks captured cheaply (frame pointers, as the sanitizers' fast unwinder does) and
// symbolized only when a report prints them.
#pragma once

#include <string>
#include <vector>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

// Fills `out` with return addresses starting at `start`; unused slots stay null. Every frame
// pointer is checked against the thread's stack bounds, so a frame without one ends the walk
// rather than crashing it.
void capture_stack(caller_frame start, void** out, int max) noexcept;

// Makes capture on this thread safe inside a signal handler: the thread's stack bounds are
// computed, and the unwinder behind backtrace() is loaded.
void prepare_stack_capture() noexcept;

struct source_point {
  std::string function;  // demangled, empty when unknown
  std::string file;      // empty when unknown
  unsigned line = 0;
  unsigned column = 0;
};

// Where one address is, innermost first: the inlined calls it sits in, then the function they
// were inlined into, at the line of the call (addr2line knows only the first).
using inline_chain = std::vector<source_point>;

// Symbolizes return addresses (each looked up at address - 1, the call instruction) with
// llvm-symbolizer, or addr2line when that is missing. COROGUARD_SYMBOLIZER_PATH picks the tool.
// With first_is_interrupted, the first address is where a signal stopped the thread: the
// instruction itself, looked up as it is (one byte back may be another line). An address that
// cannot be symbolized gets one empty point.
std::vector<inline_chain> symbolize(void* const* return_addresses, int count, bool first_is_interrupted = false);

}  // namespace coroguard::debug
