// await-cycle: task A waits for B (join, with_timeout, gather, when_any, as_completed, a task
// group's join) while B, directly or through others, waits for A. None of them can finish;
// reported the moment the edge that closes the cycle is added, with the cycle printed.
// A wait on several children is stuck when too few of the others can still finish to end it:
// one child in the cycle for gather or a task group, every child for when_any.
#include <unordered_set>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/child_set.hpp"
#include "coroguard/detail/job.hpp"

namespace coroguard::debug {

namespace {

std::string name_of(const detail::job* j) { return task_label(j->debug.identity.id, j->debug.identity.function); }

// Whether `j` cannot finish before `waiter` does; `path` gets the jobs from `j` back to it.
class cycle_search {
 public:
  explicit cycle_search(const detail::job* waiter) : waiter_(waiter) {}

  bool leads_back(const detail::job* j, std::vector<const detail::job*>& path) {
    if (j == waiter_) return true;
    if (!j || !seen_.insert(j).second || seen_.size() > 4096) return false;
    path.push_back(j);
    if (leads_back_from(j, path)) return true;
    path.pop_back();
    return false;
  }

  // Whether what `j` waits for cannot end before `waiter` does.
  bool leads_back_from(const detail::job* j, std::vector<const detail::job*>& path) {
    if (j->debug.waiting_for) return leads_back(j->debug.waiting_for, path);
    const detail::child_set* children = j->debug.waiting_children;
    if (!children) return false;
    std::vector<const detail::job*> through;  // the path through the first child that leads back
    bool found = false;
    bool ends = children->can_end_without([&](const detail::job* c) {
      std::vector<const detail::job*> p;
      if (!leads_back(c, p)) return false;
      if (!found) through = std::move(p);
      found = true;
      return true;
    });
    if (ends) return false;
    path.insert(path.end(), through.begin(), through.end());
    return true;
  }

 private:
  const detail::job* waiter_;
  std::unordered_set<const detail::job*> seen_;
};

std::string how_it_waits(const detail::job* j) { return j->debug.waiting_children ? " (child)" : ""; }

void report_cycle(detail::job* waiter, const std::vector<const detail::job*>& rest) {
  report_scope scope;
  std::vector<const detail::job*> cycle{waiter};
  cycle.insert(cycle.end(), rest.begin(), rest.end());
  std::string chain;
  for (const detail::job* j : cycle) chain += name_of(j) + " waits for ";
  chain += name_of(waiter);
  report r{report_kind::await_cycle, "await cycle: " + chain + "; none of them can ever finish", {}, {}};
  for (const detail::job* j : cycle) {
    if (const frame_record* f = j->debug.waiting_frame) {
      r.tasks.push_back(facts_of(*f));
      if (r.where.file.empty()) r.where = task_point(*f, r.tasks.back(), true);
    }
  }
  r.notes.push_back("cycle:");
  for (std::size_t i = 0; i < cycle.size(); ++i) {
    const detail::job* next = i + 1 < cycle.size() ? cycle[i + 1] : waiter;
    r.notes.push_back("  " + name_of(cycle[i]) + " -> " + name_of(next) + how_it_waits(cycle[i]));
  }
  r.notes.push_back(
      "hint: a task must not (even indirectly) await a task that awaits it; cancelling does not help (a join passes "
      "the cancel on and keeps waiting): restructure so one side does not wait");
  emit(r);
}

// Whether a chain of single waits from `waiter` ends without coming back to it: the common case
// (a join of a task that waits for nothing, or for a task that does not), decided without
// allocating. False when it comes back or reaches a wait on children (the full search decides).
bool chain_ends(const detail::job* waiter) noexcept {
  const detail::job* j = waiter;
  for (int steps = 0; steps < 4096; ++steps) {
    if (j->debug.waiting_children) return false;
    j = j->debug.waiting_for;
    if (!j) return true;
    if (j == waiter) return false;
  }
  return false;
}

// Reports the cycle the new edge of `waiter` closes, if it closes one.
void check_cycle(detail::job* waiter) noexcept {
  if (chain_ends(waiter)) return;
  try {
    std::vector<const detail::job*> path;
    if (cycle_search(waiter).leads_back_from(waiter, path)) report_cycle(waiter, path);
  } catch (...) {
    report_lost(report_kind::await_cycle);
  }
}

}  // namespace

void job_waits_for(detail::job* waiter, detail::job* target) noexcept {
  if (!waiter || !target) return;
  waiter->debug.waiting_for = target;
  waiter->debug.waiting_children = nullptr;
  waiter->debug.waiting_frame = this_thread.suspending;
  check_cycle(waiter);
}

void job_waits_for_children(detail::job* waiter, const detail::child_set* children) noexcept {
  if (!waiter || !children) return;
  waiter->debug.waiting_for = nullptr;
  waiter->debug.waiting_children = children;
  waiter->debug.waiting_frame = this_thread.suspending;
  check_cycle(waiter);
}

void job_wait_ended(detail::job* waiter) noexcept {
  if (waiter) {
    waiter->debug.waiting_for = nullptr;
    waiter->debug.waiting_children = nullptr;
    waiter->debug.waiting_frame = nullptr;
  }
}

}  // namespace coroguard::debug
