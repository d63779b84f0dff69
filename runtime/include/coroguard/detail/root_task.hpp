// root_task: the frame through which the loop drives a spawned task (and run's main task).
//
// Ownership: the event loop owns every root frame until it finishes; a finished root destroys
// itself and hands control to the coroutine joining it (symmetric transfer). The join_state it
// shares with join_handle keeps the outcome after the frames are gone.
#pragma once

#include <coroutine>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

#include "coroguard/detail/result.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard::detail {

// Called when a failed task's outcome is destroyed unseen: the exception must not vanish.
void report_unretrieved_exception(const std::exception_ptr& error) noexcept;

class join_base {
 public:
  std::coroutine_handle<> take_waiter() noexcept { return std::exchange(waiter_, {}); }
  void set_waiter(std::coroutine_handle<> w) noexcept { waiter_ = w; }

 private:
  std::coroutine_handle<> waiter_;
};

template <class T>
class join_state : public join_base {
 public:
  join_state() = default;
  join_state(const join_state&) = delete;
  join_state& operator=(const join_state&) = delete;
  ~join_state() {
    if (outcome.has_error() && !retrieved) report_unretrieved_exception(outcome.error());
  }

  T take() {
    retrieved = true;
    return outcome.take();
  }

  result<T> outcome;
  bool retrieved = false;
};

class root_promise;

class root_task {
 public:
  using promise_type = root_promise;
  std::coroutine_handle<> handle;
};

class root_promise {
 public:
  // A root frame's parameters are (task, join state): the state is where the joiner waits.
  // Throws std::logic_error outside a loop.
  template <class Task, class State>
  root_promise(Task&, State& state) : join_(state.get()), loop_(event_loop::current()) {
    loop_.adopt(this);
  }
  root_promise(const root_promise&) = delete;
  root_promise& operator=(const root_promise&) = delete;
  ~root_promise() { loop_.release(this); }

  root_task get_return_object() noexcept {
    return {std::coroutine_handle<root_promise>::from_promise(*this)};
  }
  std::suspend_always initial_suspend() noexcept { return {}; }
  auto final_suspend() noexcept {
    struct destroy_then_resume_joiner {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<root_promise> self) noexcept {
        std::coroutine_handle<> joiner = self.promise().join_->take_waiter();
        self.destroy();
        if (joiner) return joiner;
        return std::noop_coroutine();
      }
      void await_resume() noexcept {}
    };
    return destroy_then_resume_joiner{};
  }
  void return_void() noexcept {}
  // drive() catches everything its task throws; anything else is a runtime bug.
  void unhandled_exception() noexcept { std::terminate(); }

 private:
  friend class coroguard::event_loop;
  join_base* join_;
  event_loop& loop_;
  root_promise* prev_ = nullptr;
  root_promise* next_ = nullptr;
};

// Runs `t` to completion and stores its value or exception in `state`.
template <class T>
root_task drive(task<T> t, std::shared_ptr<join_state<T>> state) {
  try {
    if constexpr (std::is_void_v<T>) {
      co_await std::move(t);
      state->outcome.set_value();
    } else {
      state->outcome.set_value(co_await std::move(t));
    }
  } catch (...) {
    state->outcome.set_error(std::current_exception());
  }
}

}  // namespace coroguard::detail
