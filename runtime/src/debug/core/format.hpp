// How reports write source points, coroutines and task states (format.cpp).
#pragma once

#include <cstdint>
#include <source_location>
#include <string>
#include <vector>

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
// The non-empty buckets: "<1us 30, 1-10us 10, >=1s 1" ("none" when empty).
std::string format_histogram(const duration_histogram& h);
// The bucket's name: "<1us", "1-10us", "100us-1ms", ">=1s".
std::string bucket_name(int bucket);
// tokio-console's warnings for a task's times: a step longer than `slow_ns` (it never yielded
// for that long) and a task that keeps rescheduling itself (most of its wakes are self-wakes).
std::vector<std::string> time_warnings(const task_times& t, std::int64_t slow_ns);

}  // namespace coroguard::debug
