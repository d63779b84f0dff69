// The debug-mode policy every coroutine frame of the runtime carries.
//
// With COROGUARD_DEBUG, a frame_record registers its frame in the task registry (what it is,
// where it was created, where it waits, who awaits it) and runs the detectors on its transitions.
// Without it, frame_record is an empty class whose members are inline no-ops: a release build
// stores nothing and calls nothing.
#pragma once

#include <cstdint>
#include <source_location>
#include <utility>

#include "coroguard/detail/awaiter.hpp"

#if defined(COROGUARD_DEBUG) && COROGUARD_DEBUG
namespace coroguard::debug {

// Where a coroutine was called from. here() is a default argument of the promise constructor,
// so it is evaluated in the coroutine's ramp function: its return address points into the
// creator and its frame pointer starts the creator's stack.
struct caller_frame {
  void* return_address;
  void* frame_address;
  [[gnu::always_inline]] static caller_frame here() noexcept {
    return {__builtin_return_address(0), __builtin_frame_address(0)};
  }
};

enum class task_state : std::uint8_t { created, running, suspended, done };

// One live coroutine frame, linked into the global registry for its whole life.
// The field names are read by debugger/ scripts: keep them in step.
class frame_record {
 public:
  static constexpr int creation_depth = 4;

  frame_record(std::source_location coroutine, caller_frame creator) noexcept;
  frame_record(const frame_record&) = delete;
  frame_record& operator=(const frame_record&) = delete;
  ~frame_record();

  void on_start() noexcept { state_ = task_state::running; }
  void on_suspend(std::source_location at) noexcept;
  void on_resume() noexcept { state_ = task_state::running; }
  void on_done() noexcept { state_ = task_state::done; }
  void on_awaited_by(frame_record* awaiter) noexcept { awaiter_ = awaiter; }
  void on_handle_released() noexcept { awaiter_ = nullptr; }

  // Wraps the awaiter of a `co_await` so the record knows where and when the frame waits.
  template <class Awaitable>
  auto transform(Awaitable&& a, std::source_location at) {
    return tracked_awaiter<decltype(detail::get_awaiter(std::forward<Awaitable>(a)))>{
        detail::get_awaiter(std::forward<Awaitable>(a)), this, at};
  }

  std::uint64_t id() const noexcept { return id_; }
  task_state state() const noexcept { return state_; }
  const char* function() const noexcept { return function_; }
  const std::source_location& suspended_at() const noexcept { return suspended_at_; }
  const std::source_location& defined_at() const noexcept { return defined_at_; }
  void* const* created_by() const noexcept { return created_by_; }
  const frame_record* awaiter() const noexcept { return awaiter_; }

 private:
  template <class Awaiter>
  struct tracked_awaiter {
    Awaiter inner;
    frame_record* record;
    std::source_location at;

    bool await_ready() { return inner.await_ready(); }
    template <class Promise>
    auto await_suspend(std::coroutine_handle<Promise> h) {
      record->on_suspend(at);
      return inner.await_suspend(h);
    }
    decltype(auto) await_resume() {
      record->on_resume();
      return inner.await_resume();
    }
  };

  frame_record* prev_ = nullptr;
  frame_record* next_ = nullptr;
  std::uint64_t id_ = 0;
  const char* function_;
  std::source_location defined_at_;
  std::source_location suspended_at_{};
  void* created_by_[creation_depth] = {};
  frame_record* awaiter_ = nullptr;
  task_state state_ = task_state::created;

  friend class registry;
};

}  // namespace coroguard::debug

#else
namespace coroguard::debug {

// Release build: no registry, no detectors, nothing stored, nothing read off the stack.
struct caller_frame {
  static caller_frame here() noexcept { return {}; }
};

class frame_record {
 public:
  frame_record(std::source_location, caller_frame) noexcept {}
  void on_start() noexcept {}
  void on_suspend(std::source_location) noexcept {}
  void on_resume() noexcept {}
  void on_done() noexcept {}
  void on_awaited_by(frame_record*) noexcept {}
  void on_handle_released() noexcept {}
  template <class Awaitable>
  Awaitable&& transform(Awaitable&& a, std::source_location) noexcept {
    return std::forward<Awaitable>(a);
  }
};

}  // namespace coroguard::debug
#endif
