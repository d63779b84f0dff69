// Which frames of a native stack are the user's (user_frames.cpp).
#pragma once

#include <source_location>
#include <string_view>
#include <vector>

#include "core/report.hpp"

namespace coroguard::debug {

// Symbolized native frames from the first one that is not the capture itself (our code, a
// sanitizer's interceptor); reports show stack_depth of them. first_is_interrupted: pcs[0] is
// where a signal stopped the thread, not a return address (see symbolize).
std::vector<native_frame> native_frames(void* const* pcs, int count, bool first_is_interrupted = false);
// The first frame in user code: the best line for a headline.
const native_frame* first_user_frame(const std::vector<native_frame>& frames);
// Is `file` one of the runtime's headers (its own coroutines: gather, a task group's join)?
bool is_runtime_source(std::string_view file);
// Is `file` a library's rather than the program's (a system header, code built elsewhere)?
bool is_library_source(std::string_view file);
// The creating call: the first frame in user code of the creation_depth addresses kept that
// is not the ramp of `coroutine` itself.
std::vector<native_frame> creation_stack(void* const* created_by, const std::source_location& coroutine);

}  // namespace coroguard::debug
