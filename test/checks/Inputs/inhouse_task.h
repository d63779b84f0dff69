// A company's own coroutine library, as the checks meet it unconfigured: no option names any of
// it. Its shapes are those of such libraries (cppcoro's task and sync_wait, libcoro's spawn,
// async_simple's start/detach, a cancellation exception the library throws).
#pragma once
#include <coroutine>
#include <exception>
#include <stdexcept>
#include <utility>

namespace acme {

struct cancelled : std::exception {
  const char *what() const noexcept override { return "cancelled"; }
};

template <class T> struct Try {
  bool has_error() const { return error != nullptr; }
  std::exception_ptr error;
};

template <class T = void> class task;

namespace detail {
template <class T> struct promise {
  task<T> get_return_object();
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
  template <class U> void return_value(U &&) {}
};
template <> struct promise<void> {
  task<void> get_return_object();
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
  void return_void() {}
};
} // namespace detail

template <class T> class task {
public:
  using promise_type = detail::promise<T>;
  struct awaiter {
    bool await_ready() { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    T await_resume();
  };
  awaiter operator co_await() && { return {}; }
  // Runs the task, then calls `done` with its outcome.
  template <class F> void start(F &&done) && {}
  // Runs the task with nobody to see its outcome.
  void detach() && {}
};

template <class T> task<T> detail::promise<T>::get_return_object() { return {}; }
inline task<void> detail::promise<void>::get_return_object() { return {}; }

// A handle to a started task: awaiting it gives the task's value, or rethrows.
template <class T> class join_handle {
public:
  typename task<T>::awaiter operator co_await() &&;
  T join();
};

// Runs `t` on a loop of the calling thread until it finishes.
template <class T> T sync_wait(task<T> &&t);
void block_on(task<> t);
// Starts `t` on the thread pool; it runs after the call.
template <class T> join_handle<T> spawn(task<T> t);
void spawn_detached(task<> t);
// Lazy: awaiting the result runs both (starts nothing by itself).
template <class A, class B> task<> when_all(task<A> a, task<B> b);

// Throws acme::cancelled when the current task was cancelled.
inline void throw_if_cancelled(bool requested) {
  if (requested)
    throw cancelled();
}

task<> sleep_ms(int ms);
task<int> fetch(int id);
task<> serve_forever();

} // namespace acme
