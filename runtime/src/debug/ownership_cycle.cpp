// ownership-cycle: leaked frames that own each other: A's frame holds (directly, or through a
// shared_ptr or container it points to) the task that owns B's frame, and B holds A's. Neither
// can be destroyed first, so neither ever is: a reference cycle between tasks, which C++ has no
// collector to break.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/emit.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

namespace {

constexpr std::uintptr_t window = 256;  // how far into a pointed-to object an owner may sit

bool owns(const frame_record& a, const frame_record& b) {
  auto owner = reinterpret_cast<std::uintptr_t>(b.owner());
  auto start = reinterpret_cast<std::uintptr_t>(a.frame());
  if (!owner || !start) return false;
  if (owner >= start && owner < start + a.frame_size()) return true;
  for (std::uintptr_t at = start; at + sizeof(void*) <= start + a.frame_size(); at += sizeof(void*)) {
    std::uintptr_t word;
    std::memcpy(&word, reinterpret_cast<const void*>(at), sizeof word);
    if (word && owner >= word && owner < word + window) return true;
  }
  return false;
}

}  // namespace

void report_ownership_cycles(const std::vector<const frame_record*>& leaked) {
  const std::size_t n = leaked.size() > 512 ? 512 : leaked.size();  // quadratic: keep it bounded
  std::vector<std::vector<std::size_t>> edges(n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (i != j && owns(*leaked[i], *leaked[j])) edges[i].push_back(j);

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
    std::string chain;
    for (std::size_t i : cycle) chain += task_label(*leaked[i]) + " owns ";
    chain += task_label(*leaked[cycle.front()]);
    r.message = "ownership cycle: " + chain + "; none of these frames can ever be destroyed";
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
