// task<T>: the coroutine type of the runtime (asyncio's `async def`).
//
// Lazy: calling a coroutine that returns task<T> creates its frame and runs nothing; the body
// starts when the task is awaited (or spawned). Ownership: the task object owns the frame and
// destroys it with itself; awaiting transfers control, not ownership.
#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>
#include <source_location>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include "coroguard/debug/frame_record.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/frame_allocator.hpp"
#include "coroguard/detail/result.hpp"

namespace coroguard {

template <class T = void>
class task;

namespace detail {

class job;

// What every runtime coroutine's promise shares: the continuation to resume when the body
// ends, the job it runs in (for cancellation), and the debug policy (an empty class in release
// builds).
class promise_base {
 public:
  promise_base(std::source_location coroutine, debug::caller_frame creator) noexcept : record_(coroutine, creator) {}

  static void* operator new(std::size_t size) { return frame_allocate(size); }
  static void operator delete(void* p, std::size_t size) noexcept { frame_deallocate(p, size); }

  job* current_job() const noexcept { return job_; }
  void set_job(job* j) noexcept {
    job_ = j;
    if (j) debug::job_started(j, record_);
  }

  auto initial_suspend() noexcept {
    struct start_when_resumed {
      debug::frame_record& record;
      bool await_ready() noexcept { return false; }
      void await_suspend(std::coroutine_handle<>) noexcept {}
      void await_resume() noexcept { record.on_start(); }
    };
    return start_when_resumed{record_};
  }

  auto final_suspend() noexcept {
    struct resume_continuation {
      promise_base& promise;
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
        promise.record_.on_done();
        // Finished while its awaiter is still starting it: the awaiter continues by returning
        // from await_suspend, so the stack does not grow with each synchronous completion.
        if (promise.starting_) {
          promise.finished_while_starting_ = true;
          return std::noop_coroutine();
        }
        if (promise.continuation_) return promise.continuation_;
        return std::noop_coroutine();
      }
      void await_resume() noexcept {}
    };
    return resume_continuation{*this};
  }

  template <class Awaitable>
  decltype(auto) await_transform(Awaitable&& a, std::source_location at = std::source_location::current()) {
    return record_.transform(std::forward<Awaitable>(a), at);
  }

  // Runs the body until it first suspends or finishes; resumes `awaiting` when it finishes.
  // Returns false when it already finished: the awaiter then continues without suspending.
  // Starting inline rather than by symmetric transfer keeps the stack bounded on every compiler,
  // optimisation level and sanitizer: GCC makes the transfer a tail call only when optimising.
  bool start(std::coroutine_handle<> self, std::coroutine_handle<> awaiting) {
    continuation_ = awaiting;
    starting_ = true;
    self.resume();
    starting_ = false;
    return !finished_while_starting_;
  }

  debug::frame_record& record() noexcept { return record_; }

 private:
  // Every resumption of a task happens on its loop's thread, so these need no atomics.
  std::coroutine_handle<> continuation_;
  job* job_ = nullptr;
  bool starting_ = false;
  bool finished_while_starting_ = false;
  [[no_unique_address]] debug::frame_record record_;
};

template <class T>
class task_promise : public promise_base {
 public:
  using promise_base::promise_base;
  template <class U = T>
  void return_value(U&& v) {
    result_.set_value(std::forward<U>(v));
  }
  void unhandled_exception() noexcept { result_.set_error(std::current_exception()); }
  result<T>& outcome() noexcept { return result_; }

 private:
  result<T> result_;
};

template <>
class task_promise<void> : public promise_base {
 public:
  using promise_base::promise_base;
  void return_void() noexcept { result_.set_value(); }
  void unhandled_exception() noexcept { result_.set_error(std::current_exception()); }
  result<void>& outcome() noexcept { return result_; }

 private:
  result<void> result_;
};

}  // namespace detail

template <class T>
class [[nodiscard]] task {
 public:
  struct promise_type : detail::task_promise<T> {
    // The default arguments are evaluated in the coroutine's ramp: they name the coroutine
    // (function and line) and, in debug builds, the code that called it.
    explicit promise_type(std::source_location coroutine = std::source_location::current(),
                          debug::caller_frame creator = debug::caller_frame::here()) noexcept
        : detail::task_promise<T>(coroutine, creator) {}
    task get_return_object() noexcept { return task{handle_type::from_promise(*this)}; }
  };
  using handle_type = std::coroutine_handle<promise_type>;
  using value_type = T;

  task() noexcept = default;
  task(task&& other) noexcept : h_(std::exchange(other.h_, {})) { note_owner(); }
  task& operator=(task&& other) noexcept {
    if (this != &other) {
      reset();
      h_ = std::exchange(other.h_, {});
      note_owner();
    }
    return *this;
  }
  task(const task&) = delete;
  task& operator=(const task&) = delete;
  ~task() { reset(); }

  bool valid() const noexcept { return static_cast<bool>(h_); }

  // The runtime queued the task to start as a job (its debug times count scheduled from now).
  void note_scheduled() noexcept {
    if (h_) h_.promise().record().on_scheduled();
  }

  // The runtime drops a task it was told not to start (a job cancelled before it began): that
  // is not a forgotten task, so the debug mode does not report it as unawaited.
  void abandon_unstarted() noexcept {
    if (h_) h_.promise().record().on_done();
  }

  // Starts the body and resumes the awaiting coroutine when it ends; the result or exception
  // is delivered there.
  auto operator co_await() && noexcept { return awaiter{h_}; }
  auto operator co_await() & noexcept { return awaiter{h_}; }

 private:
  struct awaiter {
    handle_type h;
    bool await_ready() const noexcept { return !h || h.done(); }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> awaiting) {
      if constexpr (std::is_base_of_v<detail::promise_base, Promise>)
        h.promise().record().on_awaited_by(&awaiting.promise().record());
      // An awaited task runs in its awaiter's job: cancelling that job reaches it.
      if constexpr (requires { awaiting.promise().current_job(); })
        h.promise().set_job(awaiting.promise().current_job());
      return h.promise().start(h, awaiting);
    }
    debug::wait_info debug_wait() const noexcept {
      return {"co_await", nullptr, nullptr, h ? &h.promise().record() : nullptr};
    }
    T await_resume() {
      if (!h) throw std::logic_error("coroguard: co_await on an empty task (moved from?)");
      return h.promise().outcome().take();
    }
  };

  explicit task(handle_type h) noexcept : h_(h) { note_owner(); }
  void note_owner() noexcept {
    if (h_) h_.promise().record().on_owner(this);
  }
  void reset() noexcept {
    if (h_) std::exchange(h_, {}).destroy();
  }

  handle_type h_;
};

}  // namespace coroguard
