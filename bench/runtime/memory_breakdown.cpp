// Where the bytes of a sleeping task go: spawns N tasks that each sleep for an hour and prints,
// per task, each allocation the spawn made (in the order the runtime makes them: the task's
// frame, the job's state, the root frame that drives the job), malloc's header on each, the
// loop's per-task containers, and the resident memory measured as bench_runtime's workload (e)
// does. Every global allocation is counted (operator new is replaced in this program only).
// usage: memory_breakdown [N]     (run.py runs it; JSON on stdout)
#include <malloc.h>
#include <coroguard/coroguard.hpp>

#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "sleeping_tasks.hpp"

namespace {

struct allocation {
  std::size_t requested;
  std::size_t usable;
};

bool recording = false;
std::vector<allocation>* recorded = nullptr;

coroguard::task<> sleeper() { co_await coroguard::sleep(std::chrono::hours(1)); }

}  // namespace

void* operator new(std::size_t n) {
  void* p = std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  if (recording) {
    recording = false;  // the vector's own growth is not the task's
    recorded->push_back({n, malloc_usable_size(p)});
    recording = true;
  }
  return p;
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
  recorded = new std::vector<allocation>;
  recorded->reserve(64);
  std::string json = coroguard::run([](int n) -> coroguard::task<std::string> {
    std::vector<coroguard::join_handle<void>> sleepers;
    sleepers.reserve(n);
    long before = sleeping_tasks::rss_bytes();
    // The first spawn, alone: its allocations, in order (the free lists are empty yet).
    recording = true;
    sleepers.push_back(coroguard::spawn(sleeper()));
    recording = false;
    for (int i = 1; i < n; ++i) sleepers.push_back(coroguard::spawn(sleeper()));
    co_await coroguard::sleep(std::chrono::milliseconds(1));  // every sleeper is parked now
    double measured = static_cast<double>(sleeping_tasks::rss_bytes() - before) / n;
    const char* names[] = {"task frame", "job state", "root frame"};
    std::string out = "{";
    std::size_t counted = 0;
    for (std::size_t i = 0; i < recorded->size(); ++i) {
      const allocation& a = (*recorded)[i];
      const char* name = i < 3 ? names[i] : "other";
      out += "\"" + std::string(name) + "\": " + std::to_string(a.requested) + ", ";
      counted += a.usable + sizeof(void*);  // malloc's chunk: the usable bytes and its header
    }
    std::size_t headers = recorded->size() * sizeof(void*);
    std::size_t slack = 0;
    for (const allocation& a : *recorded) slack += a.usable - a.requested;
    out += "\"sleep awaiter (in the task frame)\": " + std::to_string(sizeof(coroguard::detail::sleep_awaiter)) + ", ";
    out += "\"malloc headers and rounding\": " + std::to_string(headers + slack) + ", ";
    out += "\"join_handle (the program's vector)\": " + std::to_string(sizeof(coroguard::join_handle<void>)) + ", ";
    out += "\"timer heap slot\": " + std::to_string(sizeof(void*)) + ", ";
    std::size_t total = counted + sizeof(coroguard::join_handle<void>) + sizeof(void*);
    out += "\"total counted\": " + std::to_string(total) + ", ";
    out += "\"measured (resident bytes per task)\": " + std::to_string(static_cast<long>(measured)) + "}";
    co_await sleeping_tasks::cancel_and_join(std::move(sleepers));
    co_return out;
  }(n));
  std::printf("%s\n", json.c_str());
}
