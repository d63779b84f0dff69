// How reports write source points, coroutines and task states (format.cpp).
#pragma once

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

}  // namespace coroguard::debug
