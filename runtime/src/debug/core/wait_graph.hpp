// The wait-for graph of a loop's suspended tasks, as deadlock and leaked-frame reports print it.
#pragma once

#include <string>
#include <vector>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

class frame_map;

// The innermost suspended frames of `loop` (the frames nobody inside their chain waits on),
// oldest task first. Call under the registry lock (task_registry.mutex).
std::vector<const frame_record*> innermost_waits(const void* loop);
// "task #3 'consumer' at x.cpp:12:5 waits for queue 0x… (a local of task #2 'main')".
std::string describe_edge(const frame_record& r, const frame_map& frames);

}  // namespace coroguard::debug
