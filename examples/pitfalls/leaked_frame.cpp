// Pitfall: a task kept somewhere nothing ever frees. Its frame (and everything it captured)
// stays allocated until exit. The debug runtime reports the frames still alive at exit, by
// creation site, with the bytes they hold.
// debug: leaked-frame
#include <coroguard/coroguard.hpp>

#include <array>
#include <cstdio>
#include <vector>

coroguard::task<int> render(int page) {
  std::array<char, 512> scratch{};
  scratch[0] = static_cast<char>(page);
  co_return scratch[0];
}

// The bug: a cache of prepared tasks, allocated and never released.
std::vector<coroguard::task<int>>* prepared = new std::vector<coroguard::task<int>>();

coroguard::task<> amain() {
  for (int page = 0; page < 3; ++page) prepared->push_back(render(page));
  std::printf("rendered %d\n", co_await render(9));
}

int main() { coroguard::run(amain()); }
