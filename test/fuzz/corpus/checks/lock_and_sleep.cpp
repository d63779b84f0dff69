// Light on purpose (no standard headers but <coroutine>): the fuzzer runs it many times a second.
#include "coro_libs.h"
namespace std {
struct mutex { void lock(); void unlock(); };
template <class M> struct lock_guard { explicit lock_guard(M &); ~lock_guard(); };
namespace chrono { struct milliseconds { explicit milliseconds(long); }; }
namespace this_thread { void sleep_for(chrono::milliseconds); }
} // namespace std
extern "C" unsigned sleep(unsigned);
std::mutex m;
cppcoro::task<int> step();
cppcoro::task<> locked() {
  std::lock_guard<std::mutex> g(m);
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  sleep(1);
  co_await step();
}
