// What workload (e) and memory_breakdown share: the resident memory, read as the kernel counts
// it, and the end of the workload (every sleeper cancelled, then joined).
#pragma once

#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <vector>

namespace sleeping_tasks {

inline long rss_bytes() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * 4096;
}

inline coroguard::task<> cancel_and_join(std::vector<coroguard::join_handle<void>> sleepers) {
  for (auto& s : sleepers) s.cancel();
  for (auto& s : sleepers) {
    try {
      co_await s;
    } catch (const coroguard::cancelled_error&) {}
  }
}

}  // namespace sleeping_tasks
