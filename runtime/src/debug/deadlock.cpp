// deadlock: the loop has nothing ready, no timer, no I/O and no work on other threads, yet its
// main task waits: nothing can ever wake any of its tasks (Go's "all goroutines are asleep").
// Reported with the wait-for graph; the loop then throws as the release runtime does.
#include <mutex>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "core/registry.hpp"
#include "core/wait_graph.hpp"
#include "coroguard/debug/hooks.hpp"

namespace coroguard::debug {

void report_deadlock(const void* loop) noexcept {
  try {
    report_scope scope;
    report r{report_kind::deadlock, {}, {}, {}};
    std::vector<std::string> edges;
    const frame_record* first = nullptr;
    {
      own_lock lock(task_registry.mutex);
      for (const frame_record* f : innermost_waits(loop)) {
        if (!first) first = f;
        // Its frames are destroyed with the loop: this report says all there is to say.
        for (const frame_record* g = f; g; g = g->awaiter()) g->mark_reported();
        edges.push_back(describe_edge(*f));
        if (r.tasks.size() < 8) r.tasks.push_back(facts_of(*f));
      }
    }
    if (first) {
      r.where = task_point(*first, r.tasks.front(), true);
      r.message = "deadlock: all " + std::to_string(edges.size()) +
                  " waiting task(s) of the loop wait for each other or for something nobody can signal; task '" +
                  coroutine_name(user_frame(*first).function()) + "' would wait forever";
    } else {
      r.message = "deadlock: the main task waits and nothing can ever wake it";
    }
    r.notes.push_back("wait-for graph:");
    for (const auto& e : edges) r.notes.push_back("  " + e);
    r.notes.push_back(
        "hint: every wait needs someone who can end it: a producer for a queue, a set() for an event, "
        "a release for a semaphore or lock");
    emit(r);
  } catch (...) {
    report_lost(report_kind::deadlock);
  }
}

}  // namespace coroguard::debug
