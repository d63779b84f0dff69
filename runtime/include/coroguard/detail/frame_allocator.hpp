// The runtime's coroutine frame allocator: freed frames are kept on per-thread free lists by
// size class and reused, so creating a task is not a trip to malloc. Under AddressSanitizer
// frames go to malloc, so use-after-free of a frame is still caught.
#pragma once

#include <cstddef>

namespace coroguard::detail {

void* frame_allocate(std::size_t size);
void frame_deallocate(void* p, std::size_t size) noexcept;

}  // namespace coroguard::detail
