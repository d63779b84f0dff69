// console=HOST:PORT: a web page served from the program, on a thread of its own, showing the
// live tasks, their times and tree, the stalls and reports so far, the memory by creation site
// and a timeline (docs/console.md). Off unless the option is set.
#pragma once

#include <string>

namespace coroguard::debug {

// Starts the console when the option asks for it (once; a bad address or a port in use stops
// the program with a message, as a bad option does).
void start_console() noexcept;
// Stops its thread (at exit, before the registry it reads is destroyed).
void stop_console() noexcept;
// Whether the console runs (emit keeps each report for it then).
bool console_running() noexcept;
// Keeps a report's JSON line for the console's list of reports.
void console_keep_report(std::string json) noexcept;

}  // namespace coroguard::debug
