// Which live frame's memory holds an address: a sorted map of the registry's frames, built
// under its lock (task_registry.mutex) and valid while that is held.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/registry.hpp"
#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

class frame_map {
 public:
  frame_map() {
    for (const frame_record* f = task_registry.frames.front(); f; f = f->next_in_registry())
      if (f->frame() && f->frame_size())
        spans_.push_back({address(f->frame()), address(f->frame()) + f->frame_size(), f});
    std::sort(spans_.begin(), spans_.end(), [](const span& a, const span& b) { return a.begin < b.begin; });
  }

  const frame_record* holding(std::uintptr_t p) const {
    auto it =
        std::upper_bound(spans_.begin(), spans_.end(), p, [](std::uintptr_t v, const span& s) { return v < s.begin; });
    if (it == spans_.begin()) return nullptr;
    --it;
    return p < it->end ? it->record : nullptr;
  }
  const frame_record* holding(const void* p) const { return holding(address(p)); }

  // Every pointer-sized word of `f`'s frame but its own record (whose links point at the frames
  // next to it in the registry, not at anything the task can use).
  template <class F>
  static void for_each_word(const frame_record& f, F&& visit) {
    const std::uintptr_t start = address(f.frame()), end = start + f.frame_size();
    const std::uintptr_t record = address(&f), record_end = record + sizeof(frame_record);
    for (std::uintptr_t at = (start + sizeof(void*) - 1) & ~(sizeof(void*) - 1); at + sizeof(void*) <= end;
         at += sizeof(void*)) {
      if (at + sizeof(void*) > record && at < record_end) continue;
      std::uintptr_t word;
      std::memcpy(&word, reinterpret_cast<const void*>(at), sizeof word);
      visit(word);
    }
  }

  static std::uintptr_t address(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

 private:
  struct span {
    std::uintptr_t begin, end;
    const frame_record* record;
  };
  std::vector<span> spans_;
};

}  // namespace coroguard::debug
