// Minimal shapes of the coroutine libraries the checks must recognise without configuration.
#pragma once
#include <coroutine>
#include <exception>

namespace detail_shapes {
struct promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
};
} // namespace detail_shapes

// cppcoro-shaped: member operator co_await.
namespace cppcoro {
template <class T = void> class task {
public:
  struct promise_type : detail_shapes::promise_base {
    task get_return_object() { return {}; }
    void return_value(T) {}
  };
  struct awaiter {
    bool await_ready() { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    T await_resume() { return T{}; }
  };
  awaiter operator co_await() && { return {}; }
};
template <> class task<void> {
public:
  struct promise_type : detail_shapes::promise_base {
    task get_return_object() { return {}; }
    void return_void() {}
  };
  struct awaiter {
    bool await_ready() { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() {}
  };
  awaiter operator co_await() && { return {}; }
};
} // namespace cppcoro

// A library task that is its own awaiter (await_ready/await_suspend/await_resume members).
namespace mylib {
struct lazy {
  struct promise_type : detail_shapes::promise_base {
    lazy get_return_object() { return {}; }
    void return_void() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

// A generator: has a promise_type but is not awaitable, so not a task.
struct generator {
  struct promise_type : detail_shapes::promise_base {
    generator get_return_object() { return {}; }
    std::suspend_always yield_value(int) { return {}; }
    void return_void() {}
  };
};

// Neither: a plain value type.
struct job {
  int id;
};
} // namespace mylib

// Boost.Asio-shaped: no promise_type member (it comes through std::coroutine_traits) and only
// awaitable inside its own coroutines; recognised through the default TaskTypes.
namespace boost::asio {
template <class T> class awaitable {
public:
  awaitable(awaitable &&);
};
} // namespace boost::asio
