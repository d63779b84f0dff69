// Graceful shutdown on SIGTERM (or SIGINT): workers run until the signal arrives, then they are
// cancelled, each runs its cleanup, and the program says goodbye and exits 0.
// `--sigterm-after SECONDS` sends the signal to itself (for the test and the demo).
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "example.hpp"

using namespace std::chrono_literals;

coroguard::task<> worker(int id, int& cleaned_up) {
  try {
    for (;;) co_await coroguard::sleep(1s);  // serving requests
  } catch (const coroguard::cancelled_error&) {
    std::printf("worker %d: cancelled, flushing its work\n", id);
    ++cleaned_up;
    throw;
  }
}

coroguard::task<> send_sigterm_after(std::chrono::milliseconds delay) {
  co_await coroguard::sleep(delay);
  kill(getpid(), SIGTERM);
}

coroguard::task<> amain(std::chrono::milliseconds self_signal) {
  int cleaned_up = 0;
  std::vector<coroguard::join_handle<void>> workers;
  for (int id = 1; id <= 3; ++id) workers.push_back(coroguard::spawn(worker(id, cleaned_up)));
  std::printf("serving; send SIGTERM (kill %d) to stop\n", static_cast<int>(getpid()));
  std::fflush(stdout);
  std::optional<coroguard::join_handle<void>> stopper;
  if (self_signal.count() > 0) stopper = coroguard::spawn(send_sigterm_after(self_signal));
  // (A named vector: GCC 12 rejects a braced list inside a co_await expression.)
  std::vector<int> stop_signals{SIGINT, SIGTERM};
  int signal = co_await coroguard::wait_for_signal(stop_signals);
  std::printf("got %s: shutting down\n", signal == SIGTERM ? "SIGTERM" : "SIGINT");
  for (auto& w : workers) w.cancel();
  for (auto& w : workers) {
    try {
      co_await w;
    } catch (const coroguard::cancelled_error&) {}
  }
  if (stopper) co_await *stopper;
  std::printf("%d workers cleaned up; bye\n", cleaned_up);
}

int main(int argc, char** argv) {
  std::chrono::milliseconds self_signal(0);
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--sigterm-after") == 0)
      self_signal = std::chrono::milliseconds(std::atoi(argv[i + 1]) * 1000);
  coroguard::run(amain(self_signal), example::options(argc, argv));
}
