// suppressions=FILE (suppressions.cpp).
#pragma once

#include "core/report.hpp"

namespace coroguard::debug {

// Whether a "kind:pattern" line of the suppressions file matches the report.
bool suppressed(const report& r);

}  // namespace coroguard::debug
