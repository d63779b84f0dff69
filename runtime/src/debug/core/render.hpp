// A report as text or as one JSON object per line (report=json) (render.cpp).
#pragma once

#include <string>

#include "core/report.hpp"

namespace coroguard::debug {

std::string to_text(const report& r);
std::string to_json(const report& r);

}  // namespace coroguard::debug
