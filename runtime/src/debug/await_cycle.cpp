// await-cycle: task A waits for B (join, with_timeout) while B, directly or through others,
// waits for A. None of them can finish; reported the moment the edge that closes the cycle is
// added, with the cycle printed.
#include "core/activity.hpp"
#include "core/emit.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/job.hpp"

namespace coroguard::debug {

namespace {

std::string name_of(const detail::job* j) { return task_label(j->debug.identity.id, j->debug.identity.function); }

void report_cycle(detail::job* waiter) {
  report_scope scope;
  std::vector<detail::job*> cycle;
  for (detail::job* j = waiter; j && cycle.size() < 64; j = j->debug.waiting_for) {
    cycle.push_back(j);
    if (j->debug.waiting_for == waiter) break;
  }
  std::string chain;
  for (detail::job* j : cycle) chain += name_of(j) + " waits for ";
  chain += name_of(waiter);
  report r{report_kind::await_cycle, "await cycle: " + chain + "; none of them can ever finish", {}, {}};
  for (detail::job* j : cycle) {
    if (const frame_record* f = j->debug.waiting_frame) {
      r.tasks.push_back(facts_of(*f));
      if (r.where.file.empty()) r.where = task_point(*f, r.tasks.back(), true);
    }
  }
  r.notes.push_back("cycle:");
  for (detail::job* j : cycle) r.notes.push_back("  " + name_of(j) + " -> " + name_of(j->debug.waiting_for));
  r.notes.push_back(
      "hint: a task must not (even indirectly) await a task that awaits it; cancelling does not help (a join passes "
      "the cancel on and keeps waiting): restructure so one side does not wait");
  emit(r);
}

}  // namespace

void job_waits_for(detail::job* waiter, detail::job* target) noexcept {
  if (!waiter || !target) return;
  waiter->debug.waiting_for = target;
  waiter->debug.waiting_frame = this_thread.suspending;
  int steps = 0;
  for (detail::job* j = target; j && steps < 4096; j = j->debug.waiting_for, ++steps) {
    if (j == waiter) {
      try {
        report_cycle(waiter);
      } catch (...) {
        report_lost(report_kind::await_cycle);
      }
      return;
    }
  }
}

void job_wait_ended(detail::job* waiter) noexcept {
  if (waiter) {
    waiter->debug.waiting_for = nullptr;
    waiter->debug.waiting_frame = nullptr;
  }
}

}  // namespace coroguard::debug
