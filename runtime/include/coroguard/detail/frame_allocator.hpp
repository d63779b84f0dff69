// The runtime's coroutine frame allocator: freed frames are kept on per-thread free lists by
// size class and reused, so creating a task is not a trip to malloc. Under AddressSanitizer
// frames go to malloc, so use-after-free of a frame is still caught.
#pragma once

#include <cstddef>

namespace coroguard::detail {

void* frame_allocate(std::size_t size);
void frame_deallocate(void* p, std::size_t size) noexcept;

// The same free lists as a standard allocator: a job's state (std::allocate_shared) is recycled
// like the frames it goes with.
template <class T>
struct frame_allocator {
  using value_type = T;
  frame_allocator() = default;
  template <class U>
  frame_allocator(const frame_allocator<U>&) noexcept {}
  T* allocate(std::size_t n) { return static_cast<T*>(frame_allocate(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { frame_deallocate(p, n * sizeof(T)); }
  friend bool operator==(const frame_allocator&, const frame_allocator&) noexcept { return true; }
};

}  // namespace coroguard::detail
