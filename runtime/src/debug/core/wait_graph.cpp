#include "core/wait_graph.hpp"

#include <algorithm>
#include <unordered_set>

#include "core/emit.hpp"
#include "core/frame_map.hpp"
#include "core/registry.hpp"

namespace coroguard::debug {

std::vector<const frame_record*> innermost_waits(const void* loop) {
  std::vector<const frame_record*> all;
  std::unordered_set<const frame_record*> awaiting;
  for (const frame_record* r = task_registry.frames.front(); r; r = r->next_in_registry())
    if (r->loop() == loop && r->state() == task_state::suspended) {
      all.push_back(r);
      if (r->awaiter()) awaiting.insert(r->awaiter());
    }
  std::vector<const frame_record*> inner;
  for (const frame_record* r : all)
    if (!awaiting.count(r)) inner.push_back(r);
  std::sort(inner.begin(), inner.end(), [](auto* a, auto* b) { return a->id() < b->id(); });
  return inner;
}

std::string describe_edge(const frame_record& r, const frame_map& frames) {
  std::string s = task_label(r) + " at " + format_point(point_of(r.suspended_at())) + " waits for " + describe_wait(r);
  if (r.wait().object && !r.wait().job && !r.wait().children) {
    if (const frame_record* holder = frames.holding(r.wait().object))
      s += " (a local of " + task_label(*holder) + ": only tasks it hands it to can reach it)";
  }
  return s;
}

}  // namespace coroguard::debug
