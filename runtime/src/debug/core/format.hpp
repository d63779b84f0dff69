// How reports write source points, coroutines and task states (format.cpp).
#pragma once

#include <cstdint>
#include <source_location>
#include <string>

#include "core/stack.hpp"
#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

// The short name of a coroutine from its source_location::function_name() ("fetch").
std::string coroutine_name(const char* function_name);
std::string format_point(const source_point& p);
source_point point_of(const std::source_location& l);
// "file:line" of a source_location (where a coroutine is).
std::string format_line(const std::source_location& l);
const char* state_name(task_state s);
// A duration for people: "0s", "850ns", "12.5us", "3.40ms", "1.20s".
std::string format_duration(std::int64_t ns);
// "busy 1.20ms, idle 10.0ms, scheduled 3.00us, 4 steps, longest step 800us".
std::string format_times(const task_times& t);

}  // namespace coroguard::debug
