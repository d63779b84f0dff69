// COROGUARD_OPTIONS: the debug mode's settings, sanitizer style ("key=value:key=value"),
// read once. A bad option stops the program with a message that names it and the valid ones.
#pragma once

#include <string>

namespace coroguard::debug {

struct options {
  enum class format { text, json };
  format report = format::text;  // report=text|json
  std::string log_path;          // log_path=FILE: reports go there (%p: the pid), not stderr
  int slow_ms = 100;             // slow_ms=N: a step longer than N ms is reported; 0: off
  int exitcode = 23;             // exitcode=N: a program that had findings exits with N
  bool halt_on_error = false;    // halt_on_error=1: exit at the first finding
  int stack_depth = 8;           // stack_depth=N: frames shown per native stack
  std::string trace;             // trace=FILE: a Chrome trace-event file written at exit
  int dump_signal = 0;           // dump_signal=N: on signal N, print the task tree and memory
  std::string suppressions;      // suppressions=FILE: "kind:pattern" lines
};

// The options, parsed on first use from COROGUARD_OPTIONS.
const options& current_options();

// Parses `text` into `out`; on error returns the message (empty on success). For tests.
std::string parse_options(const std::string& text, options& out);

}  // namespace coroguard::debug
