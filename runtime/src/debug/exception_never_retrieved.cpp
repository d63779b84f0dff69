// exception-never-retrieved: a task failed and nobody awaited its outcome before it was dropped
// (asyncio's "Task exception was never retrieved", logged in every mode). The debug form names
// the task and where it was created when the failure belongs to a spawned job.
#include <exception>

#include "core/emit.hpp"
#include "coroguard/detail/job.hpp"

namespace coroguard::detail {

namespace {

std::string describe(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "(an exception not derived from std::exception)";
  }
}

void report(const debug::task_identity* who, const std::exception_ptr& error) noexcept {
  using namespace coroguard::debug;
  try {
    report_scope scope;
    std::string name = who && who->function ? coroutine_name(who->function) : std::string("a task");
    debug::report r{report_kind::exception_never_retrieved,
                    (who ? "task '" + name + "'" : std::string("a task")) +
                        " failed and its exception was never retrieved: " + describe(error),
                    {},
                    {}};
    if (who && who->function) {
      task_facts t = facts_of(*who, "done, failed");
      if (const native_frame* f = first_user_frame(t.created_at)) r.where = f->point;
      else r.where = point_of(who->defined_at);
      r.tasks.push_back(std::move(t));
    }
    r.notes.push_back("hint: co_await the join_handle (or use a task_group) so the failure reaches someone");
    emit(r);
  } catch (...) {
    report_lost(report_kind::exception_never_retrieved);
  }
}

}  // namespace

void report_unretrieved_exception(const job& failed, const std::exception_ptr& error) noexcept {
  report(&failed.debug.identity, error);
}

void report_unretrieved_exception(const std::exception_ptr& error) noexcept { report(nullptr, error); }

}  // namespace coroguard::detail
