#include "coro_libs.h"
namespace coroguard {
template <class T> struct join_handle {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  T await_resume();
  void detach();
};
template <class T> join_handle<T> spawn(cppcoro::task<T> t);
void run(cppcoro::task<> t);
struct task_group { template <class T> join_handle<T> spawn(cppcoro::task<T> t); };
struct cancelled_error {};
} // namespace coroguard
cppcoro::task<> work(int);
cppcoro::task<> serve(coroguard::task_group &g, int n) {
  coroguard::spawn(work(1));
  coroguard::spawn(work(2)).detach();
  for (int i = 0; i < n; ++i) g.spawn([i]() -> cppcoro::task<> { co_await work(i); }());
  coroguard::run(work(3));
  try {
    co_await work(4);
  } catch (const coroguard::cancelled_error &) {
  }
  co_await work(5);
}
