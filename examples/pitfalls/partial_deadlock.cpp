// Pitfall: two tasks that each wait for the other to go first, while the service runs on. The
// players of a match wait on queues that are locals of the match: each waits to receive before
// it sends, so neither ever does. A janitor task keeps the loop busy (it sleeps for 30 minutes
// at a time), so the loop never runs dry and nothing ends: the program just hangs there. The
// debug runtime sees that no task outside the match can reach its queues and reports the
// deadlock as soon as both players wait.
// debug: deadlock
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <stdexcept>

using namespace std::chrono_literals;

coroguard::task<> player(const char* name, coroguard::queue<int>& inbox, coroguard::queue<int>& outbox) {
  int ball = co_await inbox.get();  // the bug: both players wait to receive first
  std::printf("%s returns ball %d\n", name, ball);
  co_await outbox.put(ball + 1);
}

coroguard::task<> match() {
  coroguard::queue<int> to_ping(1), to_pong(1);
  co_await coroguard::gather(player("ping", to_ping, to_pong), player("pong", to_pong, to_ping));
}

coroguard::task<> janitor() {
  for (int round = 0; round < 2; ++round) {
    co_await coroguard::sleep(30min);
    std::printf("janitor round %d\n", round);
  }
}

coroguard::task<> amain() {
  auto cleanup = coroguard::spawn(janitor());
  co_await match();
  co_await cleanup;
}

int main() {
  try {
    // The virtual clock: the janitor's hour passes at once, and the program ends.
    coroguard::run(amain(), {.virtual_clock = true});
  } catch (const std::runtime_error& e) {
    std::printf("run: %s\n", e.what());
  }
}
