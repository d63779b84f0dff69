// How reports write source points, coroutines and states.
#include "core/format.hpp"

#include <cstdio>
#include <string_view>

namespace coroguard::debug {
const char* state_name(task_state s) {
  switch (s) {
    case task_state::created: return "created, never started";
    case task_state::running: return "running";
    case task_state::suspended: return "suspended";
    case task_state::done: return "done";
  }
  return "unknown";
}

std::string format_point(const source_point& p) {
  if (p.file.empty()) return "<unknown>";
  std::string s = p.file + ":" + std::to_string(p.line);
  if (p.column) s += ":" + std::to_string(p.column);
  return s;
}

std::string format_line(const std::source_location& l) {
  return std::string(l.file_name()) + ":" + std::to_string(l.line());
}

source_point point_of(const std::source_location& l) {
  source_point p;
  if (l.file_name() && *l.file_name()) {
    p.file = l.file_name();
    p.line = l.line();
    p.column = l.column();
  }
  return p;
}

std::string coroutine_name(const char* function_name) {
  std::string_view f = function_name;
  if (!f.empty() && f.back() == '>') return std::string(f);  // GCC's "main()::<lambda()>"
  // The parameter list is the last '(' at nesting depth 0; the name ends there and starts after
  // the last space at depth 0 (which separates it from the return type).
  int depth = 0;
  size_t params = std::string_view::npos;
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == '(' && depth == 0) params = i;
    if (c == '(' || c == '<') ++depth;
    if ((c == ')' || c == '>') && depth > 0) --depth;
  }
  std::string_view head = f.substr(0, params);
  depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < head.size(); ++i) {
    char c = head[i];
    if (c == '(' || c == '<') ++depth;
    if ((c == ')' || c == '>') && depth > 0) --depth;
    if (c == ' ' && depth == 0) start = i + 1;
  }
  return std::string(head.substr(start));
}

std::string format_duration(std::int64_t ns) {
  if (ns <= 0) return "0s";
  static constexpr struct {
    std::int64_t scale;
    const char* unit;
  } units[] = {{1'000'000'000, "s"}, {1'000'000, "ms"}, {1'000, "us"}};
  for (const auto& u : units) {
    if (ns < u.scale) continue;
    const double v = static_cast<double>(ns) / static_cast<double>(u.scale);
    char text[32];
    std::snprintf(text, sizeof text, v < 10 ? "%.2f%s" : v < 100 ? "%.1f%s" : "%.0f%s", v, u.unit);
    return text;
  }
  return std::to_string(ns) + "ns";
}

std::string format_times(const task_times& t) {
  return "busy " + format_duration(t.busy) + ", idle " + format_duration(t.idle) + ", scheduled " +
         format_duration(t.scheduled) + ", " + std::to_string(t.steps) + (t.steps == 1 ? " step" : " steps") +
         ", longest step " + format_duration(t.longest_step);
}

}  // namespace coroguard::debug
