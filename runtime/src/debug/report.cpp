#include "report.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string_view>

#include "activity.hpp"
#include "coroguard/debug/api.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/job.hpp"
#include "options.hpp"

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

bool is_debug_runtime(const source_point& p) {
  return p.function.rfind("coroguard::debug::", 0) == 0 || p.file.find("/runtime/src/debug/") != std::string::npos;
}

// The runtime's own frames, libc and the standard library: not where a user looks first.
bool is_machinery(const source_point& p) {
  if (is_debug_runtime(p) || p.file.find("/include/coroguard/") != std::string::npos) return true;
  for (const char* prefix : {"std::", "coroguard::", "boost::asio::", "__libc_start", "_start", "__"})
    if (p.function.rfind(prefix, 0) == 0) return true;
  // Libraries built elsewhere (glibc's "./time/...") have relative paths; system headers /usr/.
  return p.file.empty() || p.file[0] != '/' || p.file.rfind("/usr/", 0) == 0;
}

// "X" out of "... type_signature() [with T = X]" (GCC) or "... [T = X]" (clang).
std::string awaiter_type_name(const char* signature) {
  std::string_view s = signature;
  size_t start = s.find("T = ");
  if (start == std::string_view::npos) return "an awaiter";
  start += 4;
  size_t end = s.find_first_of(";]", start);
  return std::string(s.substr(start, end - start));
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

std::vector<native_frame> native_frames(void* const* pcs, int count) {
  std::vector<source_point> points = symbolize(pcs, count);
  std::vector<native_frame> frames;
  // The capture itself (our code, a sanitizer's backtrace interceptor) is not the program's.
  auto capturing = [](const source_point& p) {
    return is_debug_runtime(p) || p.function.rfind("__interceptor_", 0) == 0 ||
           p.file.find("libsanitizer") != std::string::npos;
  };
  int i = 0;
  while (i < count && pcs[i] && capturing(points[static_cast<size_t>(i)])) ++i;
  for (; i < count && pcs[i]; ++i) frames.push_back({pcs[i], points[static_cast<size_t>(i)]});
  return frames;
}

const native_frame* first_user_frame(const std::vector<native_frame>& frames) {
  for (const auto& f : frames)
    if (!is_machinery(f.point)) return &f;
  return nullptr;
}

std::vector<native_frame> creation_stack(void* const* created_by) {
  int n = 0;
  while (n < frame_record::creation_depth && created_by[n]) ++n;
  auto points = symbolize(created_by, n);
  std::vector<native_frame> frames;
  for (int i = 0; i < n; ++i) {
    // Below the creator the stack soon reaches the loop's machinery: it says nothing more.
    if (i > 0 && is_machinery(points[static_cast<size_t>(i)])) break;
    frames.push_back({created_by[i], points[static_cast<size_t>(i)]});
  }
  return frames;
}

std::string describe_wait(const frame_record& r) {
  if (r.at_yield()) return "its consumer (it yielded a value)";
  const wait_info& w = r.wait();
  if (w.job) {
    const auto* j = static_cast<const detail::job*>(w.job);
    std::string s = "task #" + std::to_string(j->debug_identity.id);
    if (j->debug_identity.function) s += " '" + coroutine_name(j->debug_identity.function) + "'";
    return s + " (" + w.what + ")";
  }
  if (w.task)
    return "task #" + std::to_string(w.task->id()) + " '" + coroutine_name(w.task->function()) + "' (" + w.what + ")";
  if (w.what) {
    std::string s = w.what;
    if (w.object) {
      char address[32];
      std::snprintf(address, sizeof address, " %p", w.object);
      s += address;
    }
    return s;
  }
  if (r.awaiter_type()) return awaiter_type_name(r.awaiter_type());
  return {};
}

task_facts facts_of(const frame_record& r) {
  task_facts t;
  t.id = r.id();
  t.coroutine = r.function();
  t.state = state_name(r.state());
  t.defined_at = format_line(r.defined_at());
  t.frame_bytes = r.frame_size();
  t.created_at = creation_stack(r.created_by());
  if (r.state() == task_state::suspended) {
    t.suspended_at = format_point(point_of(r.suspended_at()));
    t.waiting_for = describe_wait(r);
  }
  for (const frame_record* f = &r; f; f = f->awaiter()) {
    async_frame a{f->id(), coroutine_name(f->function()), {}};
    if (f->state() == task_state::suspended) a.at = format_point(point_of(f->suspended_at()));
    t.backtrace.push_back(std::move(a));
    if (t.backtrace.size() > 64) break;
  }
  return t;
}

namespace {

// Stacks are kept whole (the headline's user frame may be deep); stack_depth frames are shown.
size_t shown_frames(const std::vector<native_frame>& stack) {
  return std::min(stack.size(), static_cast<size_t>(current_options().stack_depth));
}

std::string format_frame(size_t i, const native_frame& f) {
  char pc[32];
  std::snprintf(pc, sizeof pc, "%p", f.pc);
  return "#" + std::to_string(i) + " " + pc + " in " + (f.point.function.empty() ? "??" : f.point.function) + " " +
         format_point(f.point);
}

std::string to_text(const report& r) {
  std::string text = format_point(r.where) + ": warning: " + r.message + " [coroguard-" + r.kind + "]\n";
  auto line = [&](int indent, const std::string& s) {
    text += std::string(static_cast<size_t>(indent), ' ') + s + "\n";
  };
  for (const auto& t : r.tasks) {
    std::string head = "task #" + std::to_string(t.id) + " '" + t.coroutine + "' (" + t.state + ")";
    if (t.frame_bytes) head += ", frame " + std::to_string(t.frame_bytes) + " bytes";
    line(4, head);
    line(6, "coroutine defined at " + t.defined_at);
    if (!t.created_at.empty()) {
      line(6, "created at:");
      for (size_t i = 0; i < t.created_at.size(); ++i) line(8, format_frame(i, t.created_at[i]));
    }
    if (!t.suspended_at.empty())
      line(6, "suspended at " + t.suspended_at + (t.waiting_for.empty() ? "" : ", waiting for " + t.waiting_for));
    if (t.backtrace.size() > 1 || (t.backtrace.size() == 1 && !t.backtrace[0].at.empty())) {
      line(6, "async backtrace:");
      for (size_t i = 0; i < t.backtrace.size(); ++i) {
        const auto& a = t.backtrace[i];
        line(8, "#" + std::to_string(i) + " task #" + std::to_string(a.id) + " " + a.coroutine +
                    (a.at.empty() ? " (running)" : " at " + a.at));
      }
    }
  }
  if (!r.stack.empty()) {
    line(4, r.stack_title + ":");
    for (size_t i = 0; i < shown_frames(r.stack); ++i) line(6, format_frame(i, r.stack[i]));
  }
  for (const auto& n : r.notes) line(4, n);
  text += std::string("SUMMARY: coroguard: ") + r.kind + " " + format_point(r.where);
  if (!r.where.function.empty()) text += " in " + r.where.function;
  return text + "\n";
}

nlohmann::json to_json(const native_frame& f) {
  char pc[32];
  std::snprintf(pc, sizeof pc, "%p", f.pc);
  return {{"pc", pc},
          {"function", f.point.function},
          {"file", f.point.file},
          {"line", f.point.line},
          {"column", f.point.column}};
}

std::string to_json(const report& r) {
  nlohmann::json j;
  j["kind"] = r.kind;
  j["message"] = r.message;
  j["location"] = {
      {"file", r.where.file}, {"line", r.where.line}, {"column", r.where.column}, {"function", r.where.function}};
  j["tasks"] = nlohmann::json::array();
  for (const auto& t : r.tasks) {
    nlohmann::json task{{"id", t.id},
                        {"coroutine", t.coroutine},
                        {"state", t.state},
                        {"defined_at", t.defined_at},
                        {"frame_bytes", t.frame_bytes},
                        {"suspended_at", t.suspended_at},
                        {"waiting_for", t.waiting_for}};
    task["created_at"] = nlohmann::json::array();
    for (const auto& f : t.created_at) task["created_at"].push_back(to_json(f));
    task["async_backtrace"] = nlohmann::json::array();
    for (const auto& a : t.backtrace)
      task["async_backtrace"].push_back({{"id", a.id}, {"coroutine", a.coroutine}, {"at", a.at}});
    j["tasks"].push_back(std::move(task));
  }
  if (!r.stack.empty()) {
    j["native_stack"] = {{"title", r.stack_title}, {"frames", nlohmann::json::array()}};
    for (size_t i = 0; i < shown_frames(r.stack); ++i) j["native_stack"]["frames"].push_back(to_json(r.stack[i]));
  }
  j["notes"] = r.notes;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// suppressions=FILE: one "kind:pattern" per line ('#' comments); the pattern ('*' wildcards)
// is matched against the function and file of the headline and the tasks' coroutines.
struct suppression {
  std::string kind, pattern;
};

bool glob_match(std::string_view pattern, std::string_view text) {
  // Unanchored, as the sanitizers' suppressions are: "*" inside, substring overall.
  if (pattern.empty()) return true;
  size_t star = pattern.find('*');
  std::string_view head = pattern.substr(0, star);
  for (size_t at = text.find(head); at != std::string_view::npos; at = text.find(head, at + 1)) {
    if (star == std::string_view::npos) return true;
    if (glob_match(pattern.substr(star + 1), text.substr(at + head.size()))) return true;
  }
  return false;
}

const std::vector<suppression>& suppressions() {
  static const std::vector<suppression> list = [] {
    std::vector<suppression> out;
    const std::string& path = current_options().suppressions;
    if (path.empty()) return out;
    std::ifstream in(path);
    if (!in) {
      std::fprintf(stderr, "coroguard: error: COROGUARD_OPTIONS: cannot read suppressions file '%s'\n", path.c_str());
      std::_Exit(2);
    }
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      size_t colon = line.find(':');
      if (colon == std::string::npos) {
        std::fprintf(stderr, "coroguard: error: %s: '%s' is not kind:pattern\n", path.c_str(), line.c_str());
        std::_Exit(2);
      }
      out.push_back({line.substr(0, colon), line.substr(colon + 1)});
    }
    return out;
  }();
  return list;
}

bool suppressed(const report& r) {
  for (const auto& s : suppressions()) {
    if (s.kind != r.kind && s.kind != "*") continue;
    if (glob_match(s.pattern, r.where.function) || glob_match(s.pattern, r.where.file)) return true;
    for (const auto& t : r.tasks)
      if (glob_match(s.pattern, t.coroutine)) return true;
  }
  return false;
}

std::FILE* output() {
  static std::FILE* out = [] {
    const std::string& path = current_options().log_path;
    if (path.empty()) return stderr;
    std::string name = path;
    if (auto p = name.find("%p"); p != std::string::npos) name.replace(p, 2, std::to_string(getpid()));
    std::FILE* f = std::fopen(name.c_str(), "a");
    if (!f) {
      std::fprintf(stderr, "coroguard: error: COROGUARD_OPTIONS: cannot open log_path '%s'\n", name.c_str());
      std::_Exit(2);
    }
    return f;
  }();
  return out;
}

std::atomic<std::size_t> finding_count{0};
std::mutex emit_mutex;

}  // namespace

// The innermost live expect_reports, if any (a test's scope).
struct expected_registry {
  static inline expect_reports* innermost = nullptr;
  static bool take(const char* kind) {
    if (!innermost) return false;
    for (size_t i = 0; i < std::size(report_kinds); ++i)
      if (std::string_view(report_kinds[i]) == kind) ++innermost->counts_[i];
    return true;
  }
};

expect_reports::expect_reports() noexcept {
  std::lock_guard lock(emit_mutex);
  outer_ = expected_registry::innermost;
  expected_registry::innermost = this;
}
expect_reports::~expect_reports() {
  std::lock_guard lock(emit_mutex);
  expected_registry::innermost = outer_;
}
std::size_t expect_reports::count(std::string_view kind) const noexcept {
  std::lock_guard lock(emit_mutex);
  for (size_t i = 0; i < std::size(report_kinds); ++i)
    if (report_kinds[i] == kind) return counts_[i];
  return 0;
}

std::size_t findings() noexcept { return finding_count.load(); }

// While a loop thread reports, slow-step does not count the time (symbolizing takes a while).
report_scope::report_scope() noexcept {
  ++this_thread.allow_blocking;
  if (++this_thread.reporting == 1) loop_idle(true);
}
report_scope::~report_scope() {
  --this_thread.allow_blocking;
  if (--this_thread.reporting == 0) loop_idle(false);
}

void emit(const report& r) noexcept {
  try {
    if (suppressed(r)) return;
    const options& o = current_options();
    std::string text = o.report == options::format::json ? to_json(r) : to_text(r);
    std::lock_guard lock(emit_mutex);
    std::FILE* out = output();
    std::fputs(text.c_str(), out);
    std::fflush(out);
    if (expected_registry::take(r.kind)) return;
    finding_count.fetch_add(1);
    if (o.halt_on_error && o.exitcode != 0) {
      std::fflush(nullptr);
      std::_Exit(o.exitcode);
    }
  } catch (...) {
    std::fputs("coroguard: could not format a report (out of memory?)\n", stderr);
  }
}

}  // namespace coroguard::debug

namespace coroguard::debug {

source_point task_point(const frame_record& r, const task_facts& t, bool prefer_suspension) {
  if (prefer_suspension && r.state() == task_state::suspended && r.suspended_at().file_name()[0]) {
    source_point p = point_of(r.suspended_at());
    p.function = coroutine_name(r.function());
    return p;
  }
  if (const native_frame* f = first_user_frame(t.created_at)) return f->point;
  source_point p = point_of(r.defined_at());
  p.function = coroutine_name(r.function());
  return p;
}

}  // namespace coroguard::debug
