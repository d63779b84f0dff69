// The detectors: each in its own file, named after the kind of report it makes.
#pragma once

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

// unawaited-task: a task frame destroyed without its body ever having started.
void report_unawaited_task(const frame_record& task) noexcept;

}  // namespace coroguard::debug
