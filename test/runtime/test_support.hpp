// Helpers shared by the runtime tests.
#pragma once

#include <gtest/gtest.h>
#include <coroguard/coroguard.hpp>
#include <coroguard/debug/api.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coroguard_test {

using namespace std::chrono_literals;

// Runs `main` on a loop with the virtual clock: timing logic is exact and takes no real time.
template <class T>
T run_virtual(coroguard::task<T> main) {
  return coroguard::run(std::move(main), {.virtual_clock = true});
}

// Logical time since `start`, in milliseconds.
// A test that provokes a debug report on purpose holds a coroguard::debug::expect_reports
// (the report then does not fail the run) and checks here that it was made: `n` reports of
// `kind` with the debug runtime, none with the release runtime (which has no reports).
inline void expect_reported(const coroguard::debug::expect_reports& reports, std::string_view kind, std::size_t n) {
#if COROGUARD_DEBUG
  EXPECT_EQ(reports.count(kind), n) << "reports of kind " << kind;
#else
  (void)reports, (void)kind, (void)n;
#endif
}

inline long long ms_since(coroguard::event_loop::clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(coroguard::now() - start).count();
}

// Lets `h` run for `d` (to where it waits), cancels it, and checks that awaiting it throws
// cancelled_error.
template <class T>
coroguard::task<> cancel_after(std::chrono::milliseconds d, coroguard::join_handle<T>& h) {
  co_await coroguard::sleep(d);
  h.cancel();
  EXPECT_THROW(co_await h, coroguard::cancelled_error);
}

// Sets a flag when destroyed: proves RAII cleanup ran in a cancelled or failed frame.
struct cleanup_flag {
  bool& ran;
  ~cleanup_flag() { ran = true; }
};

}  // namespace coroguard_test
