// unawaited-task: a task destroyed before its body ever started. Our tasks are lazy, so such a
// task did nothing at all: the C++ form of asyncio's "coroutine 'f' was never awaited".
#include "detectors.hpp"
#include "report.hpp"

namespace coroguard::debug {

void report_unawaited_task(const frame_record& task) noexcept {
  try {
    auto created = symbolize(task.created_by(), frame_record::creation_depth);
    report r{"unawaited-task",
             "task returned by '" + coroutine_name(task.function()) +
                 "' was destroyed without being awaited; its body never ran",
             {}, describe_task(task, created)};
    if (!created.empty() && !created[0].file.empty()) {
      r.where = created[0];
    } else {  // no symbols: point at the coroutine itself
      r.where.file = task.defined_at().file_name();
      r.where.line = task.defined_at().line();
      r.where.column = task.defined_at().column();
    }
    r.lines.push_back("hint: co_await the task, or pass it to coroguard::spawn to run it concurrently");
    emit(r);
  } catch (...) {
  }
}

}  // namespace coroguard::debug
