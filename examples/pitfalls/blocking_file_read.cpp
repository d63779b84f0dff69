// Pitfall: reading a file with blocking stream I/O in a coroutine. Every other task waits while
// the disk (or a network file system) answers. Read it on the thread pool instead:
//   std::string text = co_await coroguard::to_thread([&] { return read_all(path); });
// The check finds it; the debug runtime does not report reads of regular files (they rarely
// wait long on a local disk, and reporting every one would bury the real stalls).
// check: coroguard-blocking-call
#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

coroguard::task<std::size_t> load_config(std::string path) {
  std::ifstream in(path);  // BUG: opens and reads on the loop thread
  std::stringstream text;
  text << in.rdbuf();
  co_return text.str().size();
}

// The service's start-up, which other tasks share the loop with (a coroutine run directly by
// main would have the thread to itself until it first suspends; the check exempts that).
coroguard::task<> serve(std::string path) {
  std::size_t n = co_await load_config(path);
  std::printf("read %zu bytes\n", n);
}

int main(int argc, char** argv) { coroguard::run(serve(argc > 1 ? argv[1] : "/etc/hostname")); }
