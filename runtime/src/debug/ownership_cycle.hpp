// ownership-cycle (ownership_cycle.cpp).
#pragma once

#include <vector>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

// Among leaked frames, the cycles of ownership: frame A owns B when the task object owning B
// lies in A's frame, or in an object A's frame points to (within a small window, the way a
// shared_ptr or vector member holds it). Under the registry lock.
void report_ownership_cycles(const std::vector<const frame_record*>& leaked);

}  // namespace coroguard::debug
