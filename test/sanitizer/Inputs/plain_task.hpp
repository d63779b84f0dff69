// A task type of no library at all, as users write them: lazy, awaited by symmetric transfer,
// owning its frame. The sanitizer's tests on "any coroutine library" use it.
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

template <class T>
class plain_task {
 public:
  struct promise_type {
    T value{};
    std::coroutine_handle<> continuation = std::noop_coroutine();
    plain_task get_return_object() { return plain_task(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    auto final_suspend() noexcept {
      struct to_continuation {
        bool await_ready() noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
          return h.promise().continuation;
        }
        void await_resume() noexcept {}
      };
      return to_continuation{};
    }
    void return_value(T v) { value = std::move(v); }
    void unhandled_exception() { std::terminate(); }
  };

  explicit plain_task(std::coroutine_handle<promise_type> h) : h_(h) {}
  plain_task(plain_task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  ~plain_task() {
    if (h_) h_.destroy();
  }

  bool await_ready() noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiter) noexcept {
    h_.promise().continuation = awaiter;
    return h_;
  }
  T await_resume() { return std::move(h_.promise().value); }

  // Runs the task to its end from plain code.
  T run() {
    h_.resume();
    return std::move(h_.promise().value);
  }
  // Gives the frame up: whoever takes the handle must destroy it.
  std::coroutine_handle<promise_type> release() { return std::exchange(h_, {}); }

 private:
  std::coroutine_handle<promise_type> h_;
};
