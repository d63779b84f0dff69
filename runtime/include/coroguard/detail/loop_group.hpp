// loop_group: the loops of one run(main, {.loops = N}). Loop 0 is the caller's; loops 1..N-1
// each run on a thread of their own, waiting for the work handed to them, until the group
// stops them (each destroys the tasks it still has, on its own thread) and joins their threads.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "coroguard/event_loop.hpp"

namespace coroguard::detail {

class loop_group {
 public:
  // Starts the other loops; returns once each of them runs.
  loop_group(event_loop& first, run_options options);
  loop_group(const loop_group&) = delete;
  loop_group& operator=(const loop_group&) = delete;
  ~loop_group();

  std::size_t size() const noexcept { return loops_.size(); }
  event_loop& at(std::size_t i) const;

 private:
  struct shard;
  std::vector<event_loop*> loops_;
  std::vector<std::unique_ptr<shard>> shards_;
};

}  // namespace coroguard::detail
