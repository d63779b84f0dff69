// The debug-mode policy every coroutine frame of the runtime carries.
//
// With COROGUARD_DEBUG, a frame_record registers its frame in the task registry (what it is,
// where it was created, how big it is, where it waits and on what, who awaits it) and runs the
// detectors on its transitions. Without it, frame_record is an empty class whose members are
// inline no-ops: a release build stores nothing and calls nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <source_location>
#include <type_traits>
#include <utility>

#include "coroguard/debug/config.hpp"
#include "coroguard/detail/awaiter.hpp"
#include "coroguard/detail/intrusive_list.hpp"

namespace coroguard::debug {

// How many return addresses of the creating code a frame keeps (and a job's identity copies).
inline constexpr int creation_depth = 4;

// What a suspended frame waits for. The runtime's awaiters describe themselves through a
// `debug_wait()` member; any other awaiter is "unknown" (its type is named instead).
class frame_record;

}  // namespace coroguard::debug

namespace coroguard::detail {
class child_set;
}

namespace coroguard::debug {

struct wait_info {
  const char* what = nullptr;                   // "sleep", "join", "queue get", ...
  const void* object = nullptr;                 // the queue, event, semaphore, ... waited on
  const void* job = nullptr;                    // join: the awaited detail::job
  const frame_record* task = nullptr;           // co_await of a task: its frame
  const detail::child_set* children = nullptr;  // gather, when_any, a task group: the children
  bool other_thread = false;                    // another thread ends it (and writes its frame)
};

template <class Awaiter>
wait_info wait_of(const Awaiter& a) noexcept {
  if constexpr (requires { a.debug_wait(); }) return a.debug_wait();
  else return {};
}

}  // namespace coroguard::debug

#if COROGUARD_DEBUG_MODE
namespace coroguard::detail {
class job;
}

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
enum class frame_kind : std::uint8_t { task, generator };

// The name of an awaiter type, for waits that do not describe themselves.
template <class T>
const char* type_signature() noexcept {
  return __PRETTY_FUNCTION__;
}

// Where a task's time went, as tokio-console shows it, in nanoseconds of its loop's clock (the
// virtual clock's logical time where that runs): busy in steps, idle while suspended, scheduled
// while woken and waiting for the loop to resume it.
// Durations on a log scale, as tokio-console keeps them for polls and wakes: counts[i] holds the
// durations below duration_bucket_ends[i] nanoseconds, the last bucket the ones at 1 s or more.
inline constexpr int duration_buckets = 8;
inline constexpr std::int64_t duration_bucket_ends[duration_buckets - 1] = {
    1'000, 10'000, 100'000, 1'000'000, 10'000'000, 100'000'000, 1'000'000'000};
struct duration_histogram {
  std::uint32_t counts[duration_buckets] = {};
  void add(std::int64_t ns) noexcept {
    int i = 0;
    while (i < duration_buckets - 1 && ns >= duration_bucket_ends[i]) ++i;
    ++counts[i];
  }
};

struct task_times {
  std::int64_t busy = 0, idle = 0, scheduled = 0, longest_step = 0;
  std::uint64_t steps = 0;
  std::uint64_t self_wakes = 0;       // steps it queued itself for, from inside its own step (a yield)
  std::int64_t since = 0;             // when the current state (created, running, suspended) began
  duration_histogram step_durations;  // each step, from resumption to suspension
  duration_histogram wake_latencies;  // from being queued by the loop to running
};

// One live coroutine frame, linked into the global registry for its whole life.
// The field names are read by debugger/ scripts: keep them in step.
class frame_record : public detail::list_node<frame_record> {
 public:
  static constexpr int creation_depth = debug::creation_depth;

  frame_record(std::source_location coroutine, caller_frame creator, frame_kind kind = frame_kind::task) noexcept;
  // A record beside the frame it describes rather than in it (the sanitizer's, for the frames
  // of any coroutine library): where the frame is and how big, from the compiler.
  frame_record(std::source_location coroutine, caller_frame creator, const void* frame, std::size_t size) noexcept;
  frame_record(const frame_record&) = delete;
  frame_record& operator=(const frame_record&) = delete;
  ~frame_record();

  void on_start() noexcept;
  void on_suspend(std::source_location at, wait_info wait) noexcept;
  void on_yield() noexcept;  // a generator handed a value to its consumer
  void on_resume() noexcept;
  void on_done() noexcept;
  // Spawned: queued to start, so its scheduled time runs from now.
  void on_scheduled() noexcept;
  void on_awaited_by(frame_record* awaiter) noexcept { awaiter_ = awaiter; }
  // The object holding the handle that owns this frame moved (ownership-cycle follows owners).
  void on_owner(const void* owner) noexcept { owner_ = owner; }

  // Wraps the awaiter of a `co_await` so the record knows where, when and on what it waits.
  template <class Awaitable>
  auto transform(Awaitable&& a, std::source_location at) {
    return tracked_awaiter<decltype(detail::get_awaiter(std::forward<Awaitable>(a)))>{
        detail::get_awaiter(std::forward<Awaitable>(a)), this, at};
  }

  std::uint64_t id() const noexcept { return id_; }
  task_state state() const noexcept { return state_; }
  bool at_yield() const noexcept { return at_yield_; }
  const char* function() const noexcept { return function_; }
  const std::source_location& suspended_at() const noexcept { return suspended_at_; }
  const std::source_location& defined_at() const noexcept { return defined_at_; }
  void* const* created_by() const noexcept { return created_by_; }
  const frame_record* awaiter() const noexcept { return awaiter_; }
  const wait_info& wait() const noexcept { return wait_; }
  const char* awaiter_type() const noexcept { return awaiter_type_; }
  const void* frame() const noexcept { return frame_; }
  std::size_t frame_size() const noexcept { return frame_size_; }
  const void* loop() const noexcept { return loop_; }
  const detail::job* job() const noexcept { return job_; }
  const void* owner() const noexcept { return owner_; }
  const task_times& times() const noexcept { return times_; }
  // Made by any coroutine library and seen by the sanitizer (the side-record constructor), not
  // one of the runtime's tasks: hints name no coroguard API then.
  bool instrumented() const noexcept { return instrumented_; }
  // The next frame in the registry (read under its lock).
  const frame_record* next_in_registry() const noexcept { return next_in_list(); }
  // A report has named this frame already (so the frames around it do not repeat it).
  bool reported() const noexcept { return reported_; }
  void mark_reported() const noexcept { reported_ = true; }

 private:
  template <class Awaiter>
  struct tracked_awaiter {
    Awaiter inner;
    frame_record* record;
    std::source_location at;

    bool await_ready() { return inner.await_ready(); }
    template <class Promise>
    auto await_suspend(std::coroutine_handle<Promise> h) {
      record->awaiter_type_ = type_signature<std::remove_cvref_t<Awaiter>>();
      record->on_suspend(at, wait_of(inner));
      try {
        return inner.await_suspend(h);
      } catch (...) {
        record->on_resume();
        throw;
      }
    }
    decltype(auto) await_resume() {
      record->on_resume();
      return inner.await_resume();
    }
  };

  std::uint64_t id_ = 0;
  const char* function_;
  std::source_location defined_at_;
  std::source_location suspended_at_{};
  void* created_by_[creation_depth] = {};
  frame_record* awaiter_ = nullptr;
  wait_info wait_{};
  const char* awaiter_type_ = nullptr;
  const void* frame_ = nullptr;
  std::size_t frame_size_ = 0;
  const void* loop_ = nullptr;
  detail::job* job_ = nullptr;   // the job whose first frame this is
  const void* owner_ = nullptr;  // the task object owning the frame
  task_times times_{};
  task_state state_ = task_state::created;
  frame_kind kind_;
  bool at_yield_ = false;
  mutable bool reported_ = false;
  bool instrumented_ = false;

  void enter_registry(caller_frame creator) noexcept;
  void step_begins() noexcept;
  void step_ends() noexcept;

  friend class registry;
  friend void job_started(detail::job*, frame_record&) noexcept;
  friend void self_wake() noexcept;
};

}  // namespace coroguard::debug

#else
namespace coroguard::debug {

// Release build: no registry, no detectors, nothing stored, nothing read off the stack.
struct caller_frame {
  static caller_frame here() noexcept { return {}; }
};
enum class frame_kind : std::uint8_t { task, generator };

class frame_record {
 public:
  frame_record(std::source_location, caller_frame, frame_kind = frame_kind::task) noexcept {}
  void on_start() noexcept {}
  void on_suspend(std::source_location, wait_info) noexcept {}
  void on_yield() noexcept {}
  void on_resume() noexcept {}
  void on_done() noexcept {}
  void on_scheduled() noexcept {}
  void on_awaited_by(frame_record*) noexcept {}
  void on_owner(const void*) noexcept {}
  template <class Awaitable>
  Awaitable&& transform(Awaitable&& a, std::source_location) noexcept {
    return std::forward<Awaitable>(a);
  }
};

}  // namespace coroguard::debug
#endif
