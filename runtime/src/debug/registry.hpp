// The registry of live coroutine frames (debug builds only).
// debugger/gdb/coroguard.py walks `coroguard::debug::task_registry`: keep the names in step.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

struct registry_state {
  std::mutex mutex;
  frame_record* head = nullptr;
  std::uint64_t next_id = 1;
  std::size_t live = 0;
};

extern registry_state task_registry;

class registry {
 public:
  static void link(frame_record& r) noexcept;
  static void unlink(frame_record& r) noexcept;
};

}  // namespace coroguard::debug
