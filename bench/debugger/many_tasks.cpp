// N live tasks for the debugger benchmark: N/2 spawned jobs, each awaiting a child that waits
// on an event, then a breakpoint at stop_here(). With --dump the program also lists them
// in process (dump_tasks), the floor the debugger commands are compared with.
#include <coroguard/coroguard.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

[[gnu::noinline]] void stop_here() { asm volatile(""); }

coroguard::task<> child(coroguard::event& go) { co_await go.wait(); }

coroguard::task<> parent(coroguard::event& go) { co_await child(go); }

coroguard::task<> amain(int jobs, bool dump) {
  coroguard::event go;
  std::vector<coroguard::join_handle<void>> handles;
  handles.reserve(jobs);
  for (int i = 0; i < jobs; ++i) handles.push_back(coroguard::spawn(parent(go)));
  co_await coroguard::sleep(std::chrono::milliseconds(1));  // every job is now suspended
  stop_here();
  if (dump) {
    std::FILE* sink = std::fopen("/dev/null", "w");
    auto start = std::chrono::steady_clock::now();
    coroguard::debug::dump_tasks(sink);
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::fclose(sink);
    std::printf("in-process dump_tasks: %.3f s\n", took.count());
  }
  go.set();
  for (auto& h : handles) co_await h;
}

int main(int argc, char** argv) {
  int tasks = argc > 1 ? std::atoi(argv[1]) : 10000;
  bool dump = argc > 2 && std::strcmp(argv[2], "--dump") == 0;
  coroguard::run(amain(tasks / 2, dump));
}
