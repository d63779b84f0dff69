// What the examples share: `--virtual-clock` (sleeps and timeouts take no real time and the
// printed timings are exact: the examples' tests run them this way) and elapsed-time printing.
#pragma once

#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstring>

namespace example {

inline coroguard::run_options options(int argc, char** argv) {
  coroguard::run_options o;
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "--virtual-clock") == 0) o.virtual_clock = true;
  return o;
}

// Seconds since `start` on the loop's clock (logical time under --virtual-clock).
inline double seconds_since(coroguard::event_loop::clock::time_point start) {
  return std::chrono::duration<double>(coroguard::now() - start).count();
}

}  // namespace example
