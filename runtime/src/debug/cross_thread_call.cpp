// cross-thread-call: the loop and its tasks belong to one thread. Resuming a task on another
// thread, or calling a loop-thread-only operation there (schedule, timers), is a data race on
// the loop's queues: post_from_any_thread (or to_thread) is the way across.
#include <execinfo.h>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/event_loop.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

namespace {

void report_here(report r, const frame_record* task) {
  void* pcs[32];
  int n = backtrace(pcs, 32);
  r.stack_title = "native stack of the calling thread";
  r.stack = native_frames(pcs, n);
  if (const native_frame* f = first_user_frame(r.stack)) r.where = f->point;
  else if (task) r.where = point_of(task->defined_at());
  r.notes.push_back(
      "hint: hand work to the loop with event_loop::post_from_any_thread, or run blocking work with "
      "co_await coroguard::to_thread(fn)");
  emit(r);
}

}  // namespace

void report_foreign_resume(const frame_record& task) noexcept {
  try {
    report_scope scope;
    report r{report_kind::cross_thread_call,
             "task '" + coroutine_name(task.function()) + "' was resumed on a thread that does not run its loop",
             {},
             {facts_of(task)}};
    report_here(std::move(r), &task);
  } catch (...) {
    report_lost(report_kind::cross_thread_call);
  }
}

bool check_loop_thread(const void* loop, const char* operation) noexcept {
  if (event_loop::current_or_null() == loop) return true;
  try {
    report_scope scope;
    report r{report_kind::cross_thread_call,
             std::string("'") + operation + "' of an event loop was called from a thread that does not run it",
             {},
             {}};
    r.notes.push_back("the debug runtime handed the call to the loop's thread; a release build races instead");
    report_here(std::move(r), nullptr);
  } catch (...) {
    report_lost(report_kind::cross_thread_call);
  }
  return false;
}

}  // namespace coroguard::debug
