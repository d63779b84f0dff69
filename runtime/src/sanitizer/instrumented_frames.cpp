// The run-time half of the coroutine sanitizer: what the instrumentation pass
// (sanitizer/instrument/) calls at the transitions of every coroutine frame, whatever library
// made it. Each frame gets a debug-mode frame_record beside it, so the debug mode's detectors,
// reports, options, trace, dump_tasks() and debugger commands serve these frames as they serve
// the runtime's own.
//
// The async backtrace comes from the order of transitions on a thread: a frame whose first
// resumption follows another frame's suspension, before control went back to whoever resumed
// that one, was started by it (a lazy task awaited, through symmetric transfer or from inside
// await_suspend): that frame awaits it. So does the frame that created it, when the next step
// on the thread after that frame's suspension starts it: a scheduler's pump that resumes the
// top of a stack of frames (Asio's awaitable_thread) starts an awaited child that way.
#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <source_location>
#include <vector>

#include "core/activity.hpp"
#include "core/loop_lifecycle.hpp"
#include "core/user_frames.hpp"
#include "coroguard/debug/frame_record.hpp"
#include "sanitizer/function_extent.hpp"

namespace coroguard::debug {
namespace {

// The kinds of suspension the pass tells apart (its SuspendKind).
enum class suspend_kind : std::uint8_t { initial = 0, await = 1, yield = 2, final = 3 };

// The pass lays out sites and points as std::source_location's record: one pointer to it is a
// source_location.
std::source_location location_of(const void* record) noexcept {
  static_assert(sizeof(std::source_location) == sizeof(const void*));
  return std::bit_cast<std::source_location>(record);
}

// Held for a few pointer updates when frames link or unlink: a spin lock, not a pthread mutex
// (whose interposed lock is blocking-call's business, and dearer).
class spin_lock {
 public:
  void lock() noexcept {
    while (held_.test_and_set(std::memory_order_acquire))
      while (held_.test(std::memory_order_relaxed)) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
      }
  }
  void unlock() noexcept { held_.clear(std::memory_order_release); }

 private:
  std::atomic_flag held_;
};

// An instrumented frame's record, and which frames await which (so a record never points at
// the record of a frame already gone). The pass keeps its address in a slot of the frame
// itself, so no transition looks it up.
struct instrumented_record : frame_record {
  using frame_record::frame_record;
  const instrumented_record* creator = nullptr;  // the frame whose step created this one
  instrumented_record* awaiter = nullptr;
  std::vector<instrumented_record*> awaited;  // the frames this one awaits
};

spin_lock links_lock;

// `child` is started by `parent`, which waits for it.
void link(instrumented_record& child, instrumented_record& parent) noexcept {
  std::lock_guard lock(links_lock);
  if (child.awaiter) return;
  try {
    parent.awaited.push_back(&child);
  } catch (...) {  // out of memory: the backtrace stops here
    return;
  }
  child.awaiter = &parent;
  child.on_awaited_by(&parent);
}

// The frame is going: the links to it go first.
void unlink(instrumented_record& r) noexcept {
  std::lock_guard lock(links_lock);
  if (r.awaiter) std::erase(r.awaiter->awaited, &r);
  for (instrumented_record* c : r.awaited) {
    c->awaiter = nullptr;
    c->on_awaited_by(nullptr);
  }
}

// A loop was stopped on purpose (and not restarted since): the frames destroyed now are its
// shutdown's cancellations, not reports.
std::atomic<bool> loop_stopped{false};

// The frame that suspended last on this thread, until control returns to what resumed it.
thread_local instrumented_record* handing_over = nullptr;
// The frame that suspended last on this thread, until another step starts here.
thread_local instrumented_record* last_suspended = nullptr;
// The frame whose step runs on this thread (until it suspends).
thread_local const instrumented_record* running_frame = nullptr;

void say_frames_unwatched() noexcept {
  static std::atomic<bool> said{false};
  if (!said.exchange(true, std::memory_order_relaxed))
    std::fputs("coroguard: out of memory: some coroutine frames are not watched\n", stderr);
}

}  // namespace
}  // namespace coroguard::debug

using namespace coroguard::debug;

extern "C" {

// Called right after the frame is allocated: from the coroutine's ramp, or from the creator
// the optimizer inlined the ramp into. The creator's frame starts the creation stack either way.
// `slot` is the frame's own slot for the record, which the other hooks are passed.
[[gnu::noinline]] void __coroguard_san_begin(void* frame, std::uint64_t size, const void* site, const void* ramp,
                                             bool on_heap, void** slot) noexcept {
  void* here = __builtin_return_address(0);
  auto* own_frame = static_cast<void**>(__builtin_frame_address(0));
  caller_frame creator{here, static_cast<void*>(own_frame)};
  if (auto* ramp_frame = static_cast<void**>(own_frame[0]);
      ramp_frame && coroguard::sanitizer::inside_function(ramp, here))
    creator = {ramp_frame[1], static_cast<void*>(ramp_frame)};
  try {
    // A frame HALO put on its caller's stack holds no heap memory.
    auto* r = new instrumented_record(location_of(site), creator, frame, on_heap ? static_cast<std::size_t>(size) : 0);
    // A library's own coroutines (Asio's initiate, say) are its business: it may destroy them
    // suspended or keep them to the end. Listed, never reported.
    if (is_library_source(r->defined_at().file_name())) r->mark_reported();
    r->creator = running_frame;
    *slot = r;
  } catch (...) {  // out of memory: this frame goes unwatched, and the user is told once
    say_frames_unwatched();
  }
}

void __coroguard_san_suspend(void* record, const void* point, std::uint32_t kind) noexcept {
  auto* r = static_cast<instrumented_record*>(record);
  if (!r) return;
  // An eager frame's body, from its ramp to its first suspension, is a part of its creator's step.
  if (r->state() != task_state::created) foreign_step_ended();
  switch (static_cast<suspend_kind>(kind)) {
    case suspend_kind::initial: return;  // a lazy coroutine: created, its body not started
    case suspend_kind::await: r->on_suspend(location_of(point), {}); break;
    case suspend_kind::yield: r->on_yield(); break;
    case suspend_kind::final: r->on_done(); break;
  }
  handing_over = last_suspended = r;
  running_frame = nullptr;
}

void __coroguard_san_resume(void* record) noexcept {
  auto* r = static_cast<instrumented_record*>(record);
  if (!r || r->state() == task_state::running) return;  // await_ready() said it need not suspend
  if (r->state() == task_state::created) {
    if (handing_over && handing_over != r) link(*r, *handing_over);
    else if (last_suspended && r->creator == last_suspended) link(*r, *last_suspended);
  }
  handing_over = last_suspended = nullptr;
  running_frame = r;
  r->on_resume();
  foreign_step_started();
}

void __coroguard_san_return() noexcept { handing_over = nullptr; }

void __coroguard_san_free(void* record) noexcept {
  auto* r = static_cast<instrumented_record*>(record);
  if (!r) return;
  unlink(*r);
  if (handing_over == r) handing_over = nullptr;
  if (last_suspended == r) last_suspended = nullptr;
  if (running_frame == r) running_frame = nullptr;
  if (r->state() == task_state::running) foreign_step_ended();  // it ended without a final suspension
  if (loop_stopped.load(std::memory_order_relaxed)) r->mark_reported();
  delete r;  // reports a frame destroyed before it started, or while it waits
}

void __coroguard_san_loop_stopped() noexcept { loop_stopped.store(true, std::memory_order_relaxed); }

void __coroguard_san_loop_restarted() noexcept { loop_stopped.store(false, std::memory_order_relaxed); }

}  // extern "C"
