// Memory: many tasks each holding a large buffer across a co_await. With the debug runtime,
// dump_memory() shows the live frames and bytes, and their peak, by the line that created them;
// the buffers themselves are on the heap, owned by the frames (freed when each task ends).
#include <chrono>
#include <cstdio>
#include <vector>

#include "example.hpp"

using namespace std::chrono_literals;

coroguard::task<std::size_t> process(std::size_t bytes) {
  std::vector<char> buffer(bytes, 'x');  // lives in the frame until the task ends
  co_await coroguard::sleep(100ms);
  co_return buffer.size();
}

coroguard::task<> amain() {
  std::vector<coroguard::join_handle<std::size_t>> running;
  for (int i = 0; i < 1000; ++i) running.push_back(coroguard::spawn(process(std::size_t{64} * 1024)));
  co_await coroguard::sleep(50ms);  // all 1000 are now suspended, holding their buffers
  coroguard::debug::dump_memory(stdout);
  std::size_t total = 0;
  for (auto& h : running) total += co_await h;
  std::printf("processed %zu MiB in 1000 tasks\n", total / (std::size_t{1024} * 1024));
  coroguard::debug::dump_memory(stdout);  // nothing live now; the peaks remain
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
