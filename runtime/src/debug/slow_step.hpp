// The watchdog behind slow-step (slow_step.cpp).
#pragma once

namespace coroguard::debug {

// Stops and joins the watchdog thread (at exit, before the exit code is decided).
void stop_watchdog() noexcept;
// Whether some thread is running an event loop now.
bool loop_running() noexcept;

}  // namespace coroguard::debug
