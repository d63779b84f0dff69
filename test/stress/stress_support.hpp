// Helpers of the stress tests: figures (printed, never asserted) and the process's fd limit.
#pragma once

#include <sys/resource.h>
#include <sys/time.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "../runtime/test_support.hpp"

namespace coroguard_test {

// Prints "[figure] N <what> in S s (R <what>/s, peak RSS M MiB)" for the closing notes and bench
// reading; tests assert counts only.
class figure_timer {
 public:
  void report(const char* what, long long n) const {
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("[figure] %lld %s in %.2f s (%.0f %s/s, peak RSS %ld MiB)\n", n, what, s, n / s, what,
                u.ru_maxrss / 1024);
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// The soft RLIMIT_NOFILE, changed for one test and put back by the destructor.
class fd_limit {
 public:
  fd_limit() { getrlimit(RLIMIT_NOFILE, &saved_); }
  ~fd_limit() { restore(); }
  fd_limit(const fd_limit&) = delete;
  fd_limit& operator=(const fd_limit&) = delete;

  rlim_t current() const {
    rlimit now{};
    getrlimit(RLIMIT_NOFILE, &now);
    return now.rlim_cur;
  }
  void raise_to_hard() { set(saved_.rlim_max); }
  void lower_to(rlim_t n) { set(n); }
  void restore() { setrlimit(RLIMIT_NOFILE, &saved_); }

  // Descriptors open in this process now.
  static rlim_t in_use() {
    rlim_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
    return n;
  }

 private:
  void set(rlim_t soft) {
    rlimit l = saved_;
    l.rlim_cur = soft;
    setrlimit(RLIMIT_NOFILE, &l);
  }
  rlimit saved_{};
};

}  // namespace coroguard_test
