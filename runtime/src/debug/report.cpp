#include "report.hpp"

#include <cstdio>
#include <string_view>

namespace coroguard::debug {

namespace {

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

// Below the creator, the native stack soon reaches the loop's machinery (coroutine resumption,
// Asio handlers, libc start-up): those frames say nothing about the user's code.
bool is_machinery(const source_point& p) {
  for (const char* prefix : {"std::", "coroguard::", "boost::asio::", "__libc_start", "_start"})
    if (p.function.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

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

std::vector<std::string> describe_task(const frame_record& task,
                                       const std::vector<source_point>& created) {
  std::vector<std::string> lines;
  lines.push_back("task #" + std::to_string(task.id()) + " '" + task.function() + "' (" +
                  state_name(task.state()) + ")");
  const auto& def = task.defined_at();
  lines.push_back("  coroutine defined at " + std::string(def.file_name()) + ":" +
                  std::to_string(def.line()));
  lines.push_back("  created at:");
  for (size_t i = 0; i < created.size() && task.created_by()[i]; ++i) {
    if (i > 0 && is_machinery(created[i])) break;
    char pc[32];
    std::snprintf(pc, sizeof pc, "%p", task.created_by()[i]);
    const auto& p = created[i];
    lines.push_back("    #" + std::to_string(i) + " " + pc + " in " +
                    (p.function.empty() ? "??" : p.function) + " " + format_point(p));
  }
  if (task.state() == task_state::suspended) {
    const auto& at = task.suspended_at();
    lines.push_back("  suspended at " + std::string(at.file_name()) + ":" + std::to_string(at.line()) +
                    ":" + std::to_string(at.column()));
  }
  return lines;
}

void emit(const report& r) noexcept {
  try {
    std::string text = format_point(r.where) + ": warning: " + r.message + " [coroguard-" + r.kind + "]\n";
    for (const auto& line : r.lines) text += "    " + line + "\n";
    text += std::string("SUMMARY: coroguard: ") + r.kind + " " + format_point(r.where);
    if (!r.where.function.empty()) text += " in " + r.where.function;
    text += "\n";
    std::fputs(text.c_str(), stderr);
    std::fflush(stderr);
  } catch (...) {
    std::fputs("coroguard: could not format a report (out of memory?)\n", stderr);
  }
}

}  // namespace coroguard::debug
