// dump_signal (introspection.cpp) and what it needs from the loops' watch list (slow_step.cpp).
#pragma once

#include <functional>

namespace coroguard::debug {

void install_dump_signal() noexcept;

}  // namespace coroguard::debug
