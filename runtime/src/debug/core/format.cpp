// How reports write source points, coroutines and states.
#include "core/format.hpp"

#include <cctype>
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

namespace {

// A template's arguments follow the signature: GCC's "f(Body) [with Body = ...]", clang's
// "f(Body) [Body = (lambda at x.cpp:5:25)]" (whose parentheses would pass for the parameters).
std::string_view without_template_arguments(std::string_view f) {
  if (f.empty() || f.back() != ']') return f;
  for (size_t at = f.find(" ["); at != std::string_view::npos; at = f.find(" [", at + 1)) {
    std::string_view rest = f.substr(at + 2);
    size_t name = 0;
    while (name < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[name])) || rest[name] == '_')) ++name;
    if (rest.starts_with("with ") || (name > 0 && rest.substr(name).starts_with(" = "))) return f.substr(0, at);
  }
  return f;
}

}  // namespace

std::string coroutine_name(const char* function_name) {
  std::string_view f = function_name;
  f = without_template_arguments(f);
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

namespace {

// A bucket edge, which is a round number: "1us", "100ms", "1s".
std::string round_duration(std::int64_t ns) {
  static constexpr struct {
    std::int64_t scale;
    const char* unit;
  } units[] = {{1'000'000'000, "s"}, {1'000'000, "ms"}, {1'000, "us"}, {1, "ns"}};
  for (const auto& u : units)
    if (ns >= u.scale && ns % u.scale == 0) return std::to_string(ns / u.scale) + u.unit;
  return std::to_string(ns) + "ns";
}

// "1" of "1ms" when both edges share a unit ("1-10ms"), else the whole edge ("100us-1ms").
std::string range_name(std::int64_t low, std::int64_t high) {
  std::string a = round_duration(low), b = round_duration(high);
  auto unit = [](const std::string& d) { return d.substr(d.find_first_not_of("0123456789")); };
  if (unit(a) == unit(b)) a.resize(a.size() - unit(a).size());
  return a + "-" + b;
}

}  // namespace

std::string bucket_name(int bucket) {
  if (bucket == 0) return "<" + round_duration(duration_bucket_ends[0]);
  if (bucket == duration_buckets - 1) return ">=" + round_duration(duration_bucket_ends[duration_buckets - 2]);
  return range_name(duration_bucket_ends[bucket - 1], duration_bucket_ends[bucket]);
}

std::string format_histogram(const duration_histogram& h) {
  std::string s;
  for (int i = 0; i < duration_buckets; ++i)
    if (h.counts[i]) s += (s.empty() ? "" : ", ") + bucket_name(i) + " " + std::to_string(h.counts[i]);
  return s.empty() ? "none" : s;
}

std::vector<std::string> time_warnings(const task_times& t, std::int64_t slow_ns) {
  // tokio-console's rule: more than half of the wakes are self-wakes (and enough to matter).
  constexpr std::uint64_t min_self_wakes = 10;
  std::vector<std::string> out;
  if (slow_ns > 0 && t.longest_step > slow_ns)
    out.push_back("a step ran " + format_duration(t.longest_step) + " without yielding");
  const std::uint64_t wakes = t.steps > 0 ? t.steps - 1 : 0;
  if (t.self_wakes >= min_self_wakes && t.self_wakes * 2 > wakes)
    out.push_back("keeps rescheduling itself: woke itself in " + std::to_string(t.self_wakes) + " of " +
                  std::to_string(wakes) + " wakes");
  return out;
}

}  // namespace coroguard::debug
