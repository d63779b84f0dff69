#include <coroutine>
struct ready { bool await_ready() { return true; } void await_suspend(std::coroutine_handle<>) {} int await_resume() { return 1; } };
struct lazy {
  struct promise_type {
    lazy get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
template <class T> lazy generic(T t) { co_await ready{}; co_return; }
lazy use() { generic(1); co_await ready{}; }
