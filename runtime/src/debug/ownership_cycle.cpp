// ownership-cycle: leaked frames that own each other: A's frame holds (directly, or through a
// shared_ptr or container it points to) the task that owns B's frame, and B holds A's. Neither
// can be destroyed first, so neither ever is: a reference cycle between tasks, which C++ has no
// collector to break. A = B is the commonest: a session's task held by the session its frame
// keeps alive (shared_from_this() captured in its own coroutine).
#include <algorithm>
#include <cstdint>

#include "core/emit.hpp"
#include "core/frame_map.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

namespace {

constexpr std::uintptr_t window = 256;  // how far into a pointed-to object an owner may sit

// Whether a's frame holds the object owning b's frame (a == b: the frame owns itself, the
// commonest cycle): the owner is a local of a's frame, or lies in an object a's frame points to.
// A pointer into a frame is a reference to a local there, never ownership of it.
bool owns(const frame_record& a, const frame_record& b, const frame_map& frames) {
  const std::uintptr_t owner = frame_map::address(b.owner());
  if (!owner || !a.frame()) return false;
  if (frames.holding(owner) == &a) return true;
  bool found = false;
  frame_map::for_each_word(a, [&](std::uintptr_t word) {
    if (!found && word && owner >= word && owner < word + window && !frames.holding(word)) found = true;
  });
  return found;
}

}  // namespace

void report_ownership_cycles(const std::vector<const frame_record*>& leaked) {
  const std::size_t n = leaked.size() > 512 ? 512 : leaked.size();  // quadratic: keep it bounded
  const frame_map frames;
  std::vector<std::vector<std::size_t>> edges(n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (owns(*leaked[i], *leaked[j], frames)) edges[i].push_back(j);

  // Each frame belongs to at most one reported cycle: find one by DFS from every unreported frame.
  std::vector<int> color(n, 0);  // 0 unseen, 1 on the path, 2 finished
  std::vector<bool> in_reported(n, false);
  std::vector<std::size_t> path;
  auto report_cycle = [&](std::size_t from) {
    std::vector<std::size_t> cycle(std::find(path.begin(), path.end(), from), path.end());
    for (std::size_t i : cycle)
      if (in_reported[i]) return;
    for (std::size_t i : cycle) in_reported[i] = true;
    report r{report_kind::ownership_cycle, {}, {}, {}};
    if (cycle.size() == 1) {
      r.message = "ownership cycle: " + task_label(*leaked[from]) +
                  " owns itself (its frame holds the object that owns the frame); it can never be destroyed";
    } else {
      std::string chain;
      for (std::size_t i : cycle) chain += task_label(*leaked[i]) + " owns ";
      chain += task_label(*leaked[cycle.front()]);
      r.message = "ownership cycle: " + chain + "; none of these frames can ever be destroyed";
    }
    for (std::size_t i : cycle) r.tasks.push_back(facts_of(*leaked[i]));
    r.where = task_point(*leaked[cycle.front()], r.tasks.front(), false);
    r.notes.push_back(
        "hint: break the cycle: hold one side by a weak_ptr or a plain reference, or await/destroy "
        "the tasks before dropping the last outside reference");
    emit(r);
  };
  auto dfs = [&](auto& self, std::size_t v) -> void {
    color[v] = 1;
    path.push_back(v);
    for (std::size_t w : edges[v]) {
      if (color[w] == 1) report_cycle(w);
      else if (color[w] == 0) self(self, w);
    }
    path.pop_back();
    color[v] = 2;
  };
  for (std::size_t v = 0; v < n; ++v)
    if (color[v] == 0) dfs(dfs, v);
}

}  // namespace coroguard::debug
