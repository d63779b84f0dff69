// The facts a report gives about a task (facts.cpp): for a live frame, or for a job whose
// frames are gone (its captured identity). The "task #N 'name'" label is written here only.
#pragma once

#include <cstdint>
#include <string>

#include "core/report.hpp"
#include "coroguard/debug/hooks.hpp"

namespace coroguard::debug {

// "task #3 'consumer'" (the name is left out when unknown).
std::string task_label(std::uint64_t id, const char* function);
std::string task_label(const frame_record& r);

// The facts about a live frame (symbolizes its creation stack). Call on the frame's thread or
// under the registry lock.
task_facts facts_of(const frame_record& r);
// The facts kept about a job after its frames are gone (or copied off a frame), in `state`.
task_facts facts_of(const task_identity& who, const char* state);
// What a suspended frame waits for, in words.
std::string describe_wait(const frame_record& r);
// Its parts: "X" out of type_signature<X>()'s text (GCC's "[with T = X]", clang's "[T = X]"),
// and a wait on an object ("queue get 0x…").
std::string awaiter_type_name(const char* signature);
std::string object_wait_text(const wait_info& w);
// The frame of the user's code a frame stands for: itself, or for a frame of the runtime's own
// coroutines (gather, a task group's join) the user's frame awaiting it.
const frame_record& user_frame(const frame_record& r);
// The line a report about one task points at: where it (its user frame) waits when suspended,
// else the user code that created it, else the coroutine's definition.
source_point task_point(const frame_record& r, const task_facts& t, bool prefer_suspension);

}  // namespace coroguard::debug
