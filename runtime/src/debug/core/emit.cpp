// Where every report goes: suppressed or printed (stderr or log_path), counted toward the exit
// code or toward a test's expect_reports, and the program stopped when halt_on_error says so.
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string_view>

#include "console/console.hpp"
#include "core/activity.hpp"
#include "core/emit.hpp"
#include "core/options.hpp"
#include "core/render.hpp"
#include "core/suppressions.hpp"
#include "coroguard/debug/api.hpp"
#include "coroguard/debug/hooks.hpp"

namespace coroguard::debug {

namespace {

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
  static bool take(report_kind kind) {
    if (!innermost) return false;
    ++innermost->counts_[static_cast<std::size_t>(kind)];
    return true;
  }
};

expect_reports::expect_reports() noexcept {
  own_lock lock(emit_mutex);
  outer_ = expected_registry::innermost;
  expected_registry::innermost = this;
}
expect_reports::~expect_reports() {
  own_lock lock(emit_mutex);
  expected_registry::innermost = outer_;
}
std::size_t expect_reports::count(std::string_view kind) const noexcept {
  own_lock lock(emit_mutex);
  for (std::size_t i = 0; i < report_kind_count; ++i)
    if (report_kind_names[i] == kind) return counts_[i];
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

void report_lost(report_kind kind) noexcept {
  std::fputs("coroguard: a ", stderr);
  std::fwrite(name_of(kind).data(), 1, name_of(kind).size(), stderr);
  std::fputs(" report was lost: it could not be made (out of memory?)\n", stderr);
  finding_count.fetch_add(1);
}

void emit(const report& r) noexcept {
  try {
    if (suppressed(r)) return;
    const options& o = current_options();
    std::string text = o.report == report_format::json ? to_json(r) : to_text(r);
    if (console_running()) console_keep_report(o.report == report_format::json ? text : to_json(r));
    own_lock lock(emit_mutex);
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
    report_lost(r.kind);
  }
}

}  // namespace coroguard::debug
