// deadlock: tasks that can never wake.
// - The loop has nothing ready, no timer, no I/O and no work on other threads, yet its main task
//   waits: nothing can ever wake any of its tasks (Go's "all goroutines are asleep").
// - While timers or I/O keep the loop going, a set of tasks parked on waits that only tasks of
//   the same set can end: each waits for a queue, event or lock that lives in a frame of the set
//   and that no frame outside it can reach, or for a task of the set (Go's goroutine-leak
//   profile, by reachability). Checked when the loop is about to wait, if a task parked since.
// Both are reported with the wait-for graph; in the first case the loop then throws as the
// release runtime does.
#include <algorithm>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "core/frame_map.hpp"
#include "core/loop_lifecycle.hpp"
#include "core/registry.hpp"
#include "core/wait_graph.hpp"
#include "coroguard/debug/hooks.hpp"
#include "coroguard/detail/child_set.hpp"
#include "coroguard/event_loop.hpp"

namespace coroguard::debug {

namespace {

// Marks the frames of the tasks a report has named: their frames are destroyed with the loop,
// and a later report of the same wait says nothing new.
void mark_chains_reported(const std::vector<const frame_record*>& innermost) {
  for (const frame_record* f : innermost)
    for (const frame_record* g = f; g; g = g->awaiter()) g->mark_reported();
}

void emit_deadlock(const std::vector<const frame_record*>& innermost, const std::string& what,
                   const std::string& note) {
  report r{report_kind::deadlock, {}, {}, {}};
  std::vector<std::string> edges;
  const frame_map frames;
  for (const frame_record* f : innermost) {
    edges.push_back(describe_edge(*f, frames));
    if (r.tasks.size() < 8) r.tasks.push_back(facts_of(*f));
  }
  if (const frame_record* first = innermost.empty() ? nullptr : innermost.front()) {
    r.where = task_point(*first, r.tasks.front(), true);
    r.message =
        "deadlock: " + what + "; task '" + coroutine_name(user_frame(*first).function()) + "' would wait forever";
  } else {
    r.message = "deadlock: the main task waits and nothing can ever wake it";
  }
  r.notes.push_back("wait-for graph:");
  for (const auto& e : edges) r.notes.push_back("  " + e);
  if (!note.empty()) r.notes.push_back(note);
  r.notes.push_back(
      "hint: every wait needs someone who can end it: a producer for a queue, a set() for an event, "
      "a release for a semaphore or lock");
  mark_chains_reported(innermost);
  emit(r);
}

std::string all_waiting(std::size_t n) {
  return "all " + std::to_string(n) +
         " waiting task(s) of the loop wait for each other or for something nobody can signal";
}

// One parked task of the loop: the chain of frames from the one that waits up to the job's first.
struct parked_task {
  const frame_record* innermost;
  const detail::job* job = nullptr;
  std::vector<const frame_record*> frames;
  bool stuck = true;
};

// The tasks of `loop` that can never wake, oldest first (see the top of the file). Under the
// registry lock.
// Another thread writes the frame of a task waiting for it (its outcome): the frames cannot be
// read while one does. Under the registry lock.
bool waiting_for_other_threads() {
  for (const frame_record* f = task_registry.frames.front(); f; f = f->next_in_registry())
    if (f->state() == task_state::suspended && f->wait().other_thread) return true;
  return false;
}

std::vector<const frame_record*> tasks_that_cannot_wake(const event_loop& loop) {
  const frame_map frames;
  std::vector<parked_task> tasks;
  for (const frame_record* f : innermost_waits(&loop)) {
    const wait_info& w = f->wait();
    bool candidate = w.job || w.children || (w.object && frames.holding(w.object));
    if (!candidate || f->reported()) continue;
    parked_task t{f, nullptr, {}, true};
    for (const frame_record* g = f; g; g = g->awaiter()) {
      t.frames.push_back(g);
      if (g->job()) t.job = g->job();
    }
    tasks.push_back(std::move(t));
  }
  if (tasks.empty()) return {};

  // A frame holding an armed timer (with_timeout's deadline) is woken by it.
  std::unordered_set<const frame_record*> timed;
  loop.timers().for_each([&](const detail::timer_node* n) {
    if (const frame_record* f = frames.holding(n)) timed.insert(f);
  });
  std::unordered_map<const frame_record*, parked_task*> task_of;
  std::unordered_map<const detail::job*, parked_task*> task_of_job;
  for (parked_task& t : tasks) {
    for (const frame_record* g : t.frames) {
      task_of[g] = &t;
      if (timed.count(g)) t.stuck = false;
    }
    if (t.job) task_of_job[t.job] = &t;
  }
  auto stuck_frame = [&](const frame_record* f) {
    auto it = task_of.find(f);
    return it != task_of.end() && it->second->stuck;
  };
  auto stuck_job = [&](const detail::job* j) {
    auto it = task_of_job.find(j);
    return it != task_of_job.end() && it->second->stuck;
  };

  // Until nothing changes: what the frames outside the set reach (their words, and the frames
  // those point into), and which tasks of the set that frees.
  for (bool changed = true; changed;) {
    changed = false;
    std::unordered_set<const frame_record*> reached;
    std::unordered_set<const detail::job*> jobs_reached;
    std::vector<const frame_record*> work;
    for (const frame_record* f = task_registry.frames.front(); f; f = f->next_in_registry())
      if (f->frame() && !stuck_frame(f) && reached.insert(f).second) work.push_back(f);
    while (!work.empty()) {
      const frame_record* f = work.back();
      work.pop_back();
      frame_map::for_each_word(*f, [&](std::uintptr_t word) {
        if (!word) return;
        if (const frame_record* g = frames.holding(word)) {
          if (reached.insert(g).second) work.push_back(g);
        } else if (task_of_job.count(reinterpret_cast<const detail::job*>(word))) {
          jobs_reached.insert(reinterpret_cast<const detail::job*>(word));
        }
      });
    }
    for (parked_task& t : tasks) {
      if (!t.stuck) continue;
      const wait_info& w = t.innermost->wait();
      bool can_wake = false;
      if (t.job && jobs_reached.count(t.job)) {
        can_wake = true;  // a task outside the set holds its handle: it can cancel it
      } else if (w.job) {
        can_wake = !stuck_job(static_cast<const detail::job*>(w.job));
      } else if (w.children) {
        can_wake = w.children->can_end_without(stuck_job);
      } else {
        can_wake = reached.count(frames.holding(w.object)) > 0;
      }
      if (can_wake) {
        t.stuck = false;
        changed = true;
      }
    }
  }
  std::vector<const frame_record*> stuck;
  for (const parked_task& t : tasks)
    if (t.stuck) stuck.push_back(t.innermost);
  return stuck;
}

}  // namespace

void report_deadlock(const void* loop) noexcept {
  try {
    report_scope scope;
    own_lock lock(task_registry.mutex);
    std::vector<const frame_record*> waits = innermost_waits(loop);
    // Reported already while the loop still ran (every one of these tasks): nothing new to say.
    if (!waits.empty() && std::all_of(waits.begin(), waits.end(), [](auto* f) { return f->reported(); })) return;
    emit_deadlock(waits, all_waiting(waits.size()), {});
  } catch (...) {
    report_lost(report_kind::deadlock);
  }
}

void check_parked_tasks(const void* loop) noexcept {
  loop_watch* w = this_thread.watch;
  if (!w || w->loop != loop || !w->parked) return;
  {
    // With loops on other threads, their frames change while this one would read them: the
    // check is left to the moment a loop runs dry.
    own_lock lock(loops_mutex());
    if (std::count_if(running_loops().begin(), running_loops().end(), [](auto* l) { return l->loop; }) > 1) return;
  }
  try {
    report_scope scope;
    own_lock lock(task_registry.mutex);
    if (waiting_for_other_threads()) return;  // looked at again once that work is back
    w->parked = false;
    std::vector<const frame_record*> stuck = tasks_that_cannot_wake(*static_cast<const event_loop*>(loop));
    if (stuck.empty()) return;
    if (stuck.size() == innermost_waits(loop).size()) {
      // Every waiting task: the loop is about to run dry (or waits for I/O nobody awaits).
      emit_deadlock(stuck, all_waiting(stuck.size()), {});
      return;
    }
    emit_deadlock(stuck,
                  std::to_string(stuck.size()) +
                      " task(s) wait for each other, or for objects only they can reach, while the loop runs on",
                  "other tasks still wait for timers or I/O: the loop goes on, but none of these tasks can ever wake");
  } catch (...) {
    report_lost(report_kind::deadlock);
  }
}

}  // namespace coroguard::debug
