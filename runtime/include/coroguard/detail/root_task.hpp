// root_task: the frame through which the loop drives a job (a spawned task, run's main task,
// the children of gather and task_group).
//
// Ownership: the event loop owns every root frame until it finishes; a finished root tells its
// job's waiters, destroys itself and hands control to the first waiter (symmetric transfer).
// The job_state, shared with join_handle and the like, keeps the outcome after the frames are gone.
#pragma once

#include <coroutine>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

#include "coroguard/detail/frame_allocator.hpp"
#include "coroguard/detail/job.hpp"
#include "coroguard/event_loop.hpp"
#include "coroguard/task.hpp"

namespace coroguard::detail {

class root_promise;

class root_task {
 public:
  using promise_type = root_promise;
  std::coroutine_handle<> handle;
};

class root_promise : public list_node<root_promise> {
 public:
  // A root frame's parameters are (task, job state). Throws std::logic_error outside a loop.
  template <class Task, class State>
  root_promise(Task&, State& state) : job_(state.get()), loop_(event_loop::current()) {
    loop_.adopt(this);
  }
  root_promise(const root_promise&) = delete;
  root_promise& operator=(const root_promise&) = delete;
  ~root_promise() { loop_.release(this); }

  // Frames come from the runtime's recycling allocator, like task frames.
  static void* operator new(std::size_t size) { return frame_allocate(size); }
  static void operator delete(void* p, std::size_t size) noexcept { frame_deallocate(p, size); }

  root_task get_return_object() noexcept { return {std::coroutine_handle<root_promise>::from_promise(*this)}; }
  std::suspend_always initial_suspend() noexcept { return {}; }
  auto final_suspend() noexcept {
    struct finish_then_resume_waiter {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<root_promise> self) noexcept {
        event_loop& loop = self.promise().loop_;
        std::coroutine_handle<> first =
            self.promise().job_->finish([&loop](std::coroutine_handle<> h) { loop.schedule(h); });
        self.destroy();
        if (first) return first;
        return std::noop_coroutine();
      }
      void await_resume() noexcept {}
    };
    return finish_then_resume_waiter{};
  }
  void return_void() noexcept {}
  // drive() catches everything its task throws; anything else is a runtime bug.
  void unhandled_exception() noexcept { std::terminate(); }

  job* current_job() const noexcept { return job_; }

 private:
  friend class coroguard::event_loop;
  job* job_;
  event_loop& loop_;
};

// Runs `t` to completion in its own job and stores its value or exception in `state`.
// A job cancelled before it starts never runs its body.
template <class T>
root_task drive(task<T> t, std::shared_ptr<job_state<T>> state) {
  // A local is destroyed before the parameters (compilers differ in the order of those): the
  // task's frames, destroyed while they wait, still find the job alive to tell it so.
  task<T> body = std::move(t);
  try {
    if (state->take_cancel()) {
      body.abandon_unstarted();
      throw cancelled_error{};
    }
    if constexpr (std::is_void_v<T>) {
      co_await std::move(body);
      state->succeed();
    } else {
      state->succeed(co_await std::move(body));
    }
  } catch (const cancelled_error&) {
    state->fail(std::current_exception(), /*cancelled=*/true);
  } catch (...) {
    state->fail(std::current_exception(), /*cancelled=*/false);
  }
}

// Starts `t` as a new job on the current loop (it runs from the next round) and returns its state.
template <class T>
std::shared_ptr<job_state<T>> start_job(task<T> t) {
  auto state = std::allocate_shared<job_state<T>>(frame_allocator<job_state<T>>());
  t.note_scheduled();
  root_task root = drive(std::move(t), state);
  event_loop::current().schedule(root.handle);
  return state;
}

}  // namespace coroguard::detail
