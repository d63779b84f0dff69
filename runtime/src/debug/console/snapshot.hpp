// What the live console serves, as JSON documents read from the registry on the console's own
// thread (so a stalled loop does not stop them): the tasks with their times, tree edges and
// warnings, the time by coroutine function, the memory by creation site, the reports so far
// and a timeline of the last minute.
#pragma once

#include <string>

namespace coroguard::debug::console {

std::string tasks_json();
std::string memory_json();
std::string reports_json();
std::string timeline_json();

// Adds a point to the timeline: the tasks by state, their bytes, the reports so far.
void sample_timeline() noexcept;

}  // namespace coroguard::debug::console
