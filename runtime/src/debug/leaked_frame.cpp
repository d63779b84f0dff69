// leaked-frame: coroutine frames that can never be resumed or freed. At loop shutdown, the
// loop's frames still suspended after it destroyed what it owns (nothing can resume them); at
// exit, every frame still alive. Grouped by creation site, with the bytes they hold. Then
// ownership-cycle looks for the usual cause among them.
#include <algorithm>
#include <map>
#include <mutex>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "core/registry.hpp"
#include "detectors.hpp"

namespace coroguard::debug {

void report_leaked_frames(const void* loop) noexcept {
  try {
    report_scope scope;
    std::vector<const frame_record*> leaked;
    own_lock lock(task_registry.mutex);
    for (const frame_record* r = task_registry.frames.front(); r; r = r->next_in_registry()) {
      if (r->reported()) continue;
      if (loop && (r->loop() != loop || r->state() != task_state::suspended || r->at_yield())) continue;
      leaked.push_back(r);
    }
    if (leaked.empty()) return;
    std::reverse(leaked.begin(), leaked.end());  // oldest first

    struct site {
      std::vector<const frame_record*> frames;
      std::size_t bytes = 0;
    };
    std::map<std::pair<void*, const char*>, site> sites;
    std::size_t total = 0;
    for (const frame_record* r : leaked) {
      auto& s = sites[{r->created_by()[0], r->function()}];
      s.frames.push_back(r);
      s.bytes += r->frame_size();
      total += r->frame_size();
      r->mark_reported();
    }
    // Addresses that name one source line (a loop the optimizer unrolled) are one site.
    struct line_site {
      const frame_record* record = nullptr;  // the first of them
      task_facts first;
      std::size_t frames = 0, bytes = 0;
    };
    std::map<std::pair<std::string, const char*>, line_site> by_line;
    for (const auto& [key, s] : sites) {
      task_facts t = facts_of(*s.frames.front());
      std::string created = t.created_at.empty() ? std::string("<unknown>") : format_point(t.created_at[0].point);
      line_site& l = by_line[{created, key.second}];
      if (l.frames == 0) {
        l.record = s.frames.front();
        l.first = std::move(t);
      }
      l.frames += s.frames.size();
      l.bytes += s.bytes;
    }
    std::vector<std::pair<const std::string*, line_site*>> order;
    for (auto& [key, l] : by_line) order.push_back({&key.first, &l});
    std::stable_sort(order.begin(), order.end(), [](auto& a, auto& b) { return a.second->bytes > b.second->bytes; });

    report r{report_kind::leaked_frame,
             std::to_string(leaked.size()) + " coroutine frame(s) holding " + std::to_string(total) + " bytes " +
                 (loop ? "are still suspended after their loop stopped; nothing can resume or free them"
                       : "are still alive at exit; nothing freed them"),
             {},
             {}};
    r.notes.push_back("by creation site:");
    for (auto& [created, l] : order) {
      if (r.where.file.empty()) r.where = task_point(*l->record, l->first, false);
      r.notes.push_back("  " + std::to_string(l->frames) + " frame(s), " + std::to_string(l->bytes) + " bytes: '" +
                        coroutine_name(l->record->function()) + "' created at " + *created);
      if (r.tasks.size() < 4) r.tasks.push_back(l->first);
    }
    emit(r);
    report_ownership_cycles(leaked);
  } catch (...) {
    report_lost(report_kind::leaked_frame);
  }
}

}  // namespace coroguard::debug
