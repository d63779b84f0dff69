// dump_signal (introspection.cpp) and what it needs from the loops' watch list (slow_step.cpp).
#pragma once

#include <functional>

namespace coroguard::debug {

void install_dump_signal() noexcept;
// Runs `f` on the thread of every running loop (or here and now when no loop runs).
void run_on_loops(const std::function<void()>& f);

}  // namespace coroguard::debug
