// unawaited-task: a task destroyed before its body ever started. Our tasks are lazy, so such a
// task did nothing at all: the C++ form of asyncio's "coroutine 'f' was never awaited".
#include "core/emit.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

void report_unawaited_task(const frame_record& task) noexcept {
  try {
    report_scope scope;
    report r{report_kind::unawaited_task,
             "task returned by '" + coroutine_name(task.function()) +
                 "' was destroyed without being awaited; its body never ran",
             {},
             {facts_of(task)}};
    r.where = task_point(task, r.tasks[0], false);
    r.tasks[0].backtrace.clear();
    r.notes.push_back(task.instrumented()
                          ? "hint: co_await the task, or hand it to the library's spawn (asio::co_spawn, ...) to run "
                            "it concurrently"
                          : "hint: co_await the task, or pass it to coroguard::spawn to run it concurrently");
    emit(r);
  } catch (...) {
    report_lost(report_kind::unawaited_task);
  }
}

}  // namespace coroguard::debug
