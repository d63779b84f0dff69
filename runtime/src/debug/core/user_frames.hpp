// Which frames of a native stack are the user's (user_frames.cpp).
#pragma once

#include <vector>

#include "core/report.hpp"

namespace coroguard::debug {

// Symbolized native frames from the first one that is not the capture itself (our code, a
// sanitizer's interceptor); reports show stack_depth of them.
std::vector<native_frame> native_frames(void* const* pcs, int count);
// The first frame in user code: the best line for a headline.
const native_frame* first_user_frame(const std::vector<native_frame>& frames);
// The creating call and its callers in user code (frame_record::creation_depth addresses).
std::vector<native_frame> creation_stack(void* const* created_by);

}  // namespace coroguard::debug
