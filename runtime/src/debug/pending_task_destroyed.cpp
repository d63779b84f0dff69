// pending-task-destroyed: a task frame destroyed while suspended, so the rest of its body
// (cleanup after the co_await included) never runs: asyncio's "Task was destroyed but it is
// pending!". Typically a spawned task still waiting when its loop shut down. Reported once per
// chain, at the innermost frame, whose async backtrace names the frames awaiting it.
#include "core/emit.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

void report_pending_task_destroyed(const frame_record& task) noexcept {
  try {
    report_scope scope;
    for (const frame_record* f = &task; f; f = f->awaiter()) f->mark_reported();
    report r{
        report_kind::pending_task_destroyed,
        "task '" + coroutine_name(task.function()) + "' was destroyed while suspended; the rest of its body never ran",
        {},
        {facts_of(task)}};
    r.where = task_point(task, r.tasks[0], true);
    r.notes.push_back(task.instrumented()
                          ? "hint: await or cancel the task before its event loop goes away (a coroutine still "
                            "waiting when the loop is destroyed is destroyed with it)"
                          : "hint: await or cancel the task before its loop stops (a task still suspended when "
                            "run() returns is destroyed with the loop)");
    emit(r);
  } catch (...) {
    report_lost(report_kind::pending_task_destroyed);
  }
}

}  // namespace coroguard::debug
