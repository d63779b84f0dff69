// The registry of live coroutine frames (debug builds only), and the memory they hold by
// creation site. debugger/gdb/coroguard.py walks `coroguard::debug::task_registry`: keep the
// names in step.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

struct registry_state {
  std::mutex mutex;
  detail::intrusive_list<frame_record> frames;  // the debugger reads its head
  // Odd while `frames` is being changed, bumped to the next even value after: `coroguard ps`
  // reads the list from outside the running program and keeps a walk only if this did not move.
  std::atomic<std::uint64_t> generation{0};
  std::uint64_t next_id = 1;
  std::size_t live = 0;
  std::size_t uncounted = 0;        // frames the memory report misses (no memory for their site)
  std::size_t times_uncounted = 0;  // ended frames the time by coroutine misses (the same)
};

extern registry_state task_registry;

// Live frames, live bytes and the peak of both for one creation site (the creating call and
// the coroutine it created).
struct site_usage {
  void* creator = nullptr;  // return address in the creating function
  const char* function = nullptr;
  std::size_t live = 0, bytes = 0, peak_live = 0, peak_bytes = 0, total = 0;
};

// The memory report's figures, read together under the registry lock.
struct memory_usage {
  std::vector<site_usage> sites;
  std::size_t uncounted = 0;  // live frames whose site could not be recorded
};

// A frame's times up to now: the state it is in counts until this moment.
task_times current_times(const frame_record& r) noexcept;
// How long the step a running frame is in has run so far (0 unless it is running).
std::int64_t current_step(const frame_record& r) noexcept;

// The times of every frame of one coroutine function, live and ended, summed (longest_step the
// longest, since unused): the per-function histograms of dump_tasks and the console.
struct function_times {
  const char* function = nullptr;
  std::size_t frames = 0, live = 0;
  task_times times;
};
void add_times(task_times& sum, const task_times& t) noexcept;

class registry {
 public:
  static void link(frame_record& r) noexcept;
  static void unlink(frame_record& r) noexcept;
  static memory_usage usage_by_site();
  static std::vector<function_times> times_by_function();
  static std::size_t times_uncounted();
};

}  // namespace coroguard::debug
