// The runtime's coroutine frame allocator: freed frames are kept on per-thread free lists by
// size class and reused, so creating a task is not a trip to malloc. Under AddressSanitizer
// frames go to malloc, so use-after-free of a frame is still caught.
#pragma once

#include <cstddef>

namespace coroguard::detail {

void* frame_allocate(std::size_t size);
void frame_deallocate(void* p, std::size_t size) noexcept;

#if defined(COROGUARD_DEBUG) && COROGUARD_DEBUG
// The frame this thread allocated last: a promise's record, built right after its frame is
// allocated, learns where its frame starts and how big it is.
struct frame_allocation {
  void* start = nullptr;
  std::size_t size = 0;
};
frame_allocation last_frame_allocation() noexcept;
#endif

}  // namespace coroguard::detail
