// At exit: stop the console and the watchdog, report the frames nothing freed, write the trace, and exit with
// `exitcode` when there were findings (as the sanitizers do), so a test suite run in debug mode
// fails in CI.
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "console/console.hpp"
#include "core/emit.hpp"
#include "core/introspection.hpp"
#include "core/loop_lifecycle.hpp"
#include "core/options.hpp"
#include "core/trace.hpp"
#include "coroguard/debug/api.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

namespace {

void at_exit() {
  // exit() may be called from inside a task: joining the watchdog is the runtime's own wait.
  allow_blocking own_wait("the debug mode's exit handler");
  stop_console();
  stop_watchdog();
  // exit() called from inside a running loop (a task ending the program) leaves that loop's
  // frames behind on purpose: no leak report then.
  if (!loop_running()) report_leaked_frames(nullptr);
  write_trace();
  const options& o = current_options();
  if (findings() > 0 && o.exitcode != 0) {
    std::fflush(nullptr);
    std::_Exit(o.exitcode);
  }
}

}  // namespace

void install_exit_check() noexcept {
  static std::once_flag once;
  std::call_once(once, [] {
    (void)current_options();  // a bad option stops the program now, not at the first report
    link_blocking_call_detector();
    install_dump_signal();
    start_console();
    std::atexit(at_exit);
  });
}

}  // namespace coroguard::debug
