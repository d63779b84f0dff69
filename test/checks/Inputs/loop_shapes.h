// Shapes of the spawn, run and cancellation APIs of coroguard, Boost.Asio, cppcoro and folly
// (declarations only: the checks look at names and types, never at these bodies).
#pragma once
#include "coro_libs.h"
#include <exception>
#include <stdexcept>

namespace coroguard {
struct cancelled_error : std::exception {};
template <class T> struct join_handle {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  T await_resume();
  void detach();
};
template <class T> join_handle<T> spawn(cppcoro::task<T> t);
struct task_group {
  template <class T> join_handle<T> spawn(cppcoro::task<T> t);
};
template <class T> T run(cppcoro::task<T> t);
void run(cppcoro::task<> t);
} // namespace coroguard

namespace cppcoro {
template <class T> T sync_wait(task<T> t);
void sync_wait(task<> t);
struct operation_cancelled : std::exception {};
} // namespace cppcoro

namespace boost::system {
struct system_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
} // namespace boost::system

namespace boost::asio {
struct io_context {
  using executor_type = int;
  executor_type get_executor();
  unsigned long run();
  unsigned long run_one();
  unsigned long poll();
};
struct detached_t {};
inline constexpr detached_t detached;
template <class Executor, class T, class Token> void co_spawn(Executor ex, awaitable<T> a, Token token) {}
} // namespace boost::asio
