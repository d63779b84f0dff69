// What a program (or a test) can ask of the debug mode. In a release build every call here is
// an inline no-op, so code using it builds with either runtime.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string_view>

#include "coroguard/debug/config.hpp"

#if COROGUARD_DEBUG_MODE
#include "coroguard/debug/report_kind.hpp"

namespace coroguard::debug {

// Every live task as a tree by awaited-by (like `python -m asyncio pstree`): id, coroutine,
// state, where it was created and where it waits.
void dump_tasks(std::FILE* out = stderr);
// Live coroutine frames by creation site: count, bytes, and the peak of both.
void dump_memory(std::FILE* out = stderr);
// Reports made so far (suppressed and expected ones not counted).
std::size_t findings() noexcept;

// Code that must block the loop thread (start-up, a deliberate synchronous call) says so;
// blocking-call stays quiet inside the scope on this thread.
class allow_blocking {
 public:
  explicit allow_blocking(const char* reason) noexcept;
  ~allow_blocking();
  allow_blocking(const allow_blocking&) = delete;
  allow_blocking& operator=(const allow_blocking&) = delete;
};

// For tests of code that is meant to trigger reports: while one is alive, reports are still
// printed but counted here rather than toward the exit code.
class expect_reports {
 public:
  expect_reports() noexcept;
  ~expect_reports();
  expect_reports(const expect_reports&) = delete;
  expect_reports& operator=(const expect_reports&) = delete;
  // How many reports of this kind ("unawaited-task", ...) were made while alive.
  std::size_t count(std::string_view kind) const noexcept;

 private:
  friend struct expected_registry;
  expect_reports* outer_;
  std::size_t counts_[report_kind_count] = {};
};

}  // namespace coroguard::debug
#else
namespace coroguard::debug {
inline void dump_tasks(std::FILE* out = stderr) {
  std::fputs("coroguard: dump_tasks needs the debug runtime (coroguard::runtime_debug)\n", out);
}
inline void dump_memory(std::FILE* out = stderr) {
  std::fputs("coroguard: dump_memory needs the debug runtime (coroguard::runtime_debug)\n", out);
}
inline std::size_t findings() noexcept { return 0; }
class allow_blocking {
 public:
  explicit allow_blocking(const char*) noexcept {}
};
class expect_reports {
 public:
  std::size_t count(std::string_view) const noexcept { return 0; }
};
}  // namespace coroguard::debug
#endif
