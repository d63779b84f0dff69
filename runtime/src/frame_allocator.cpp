#include "coroguard/detail/frame_allocator.hpp"

#include <new>

#include "coroguard/debug/hooks.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define COROGUARD_FRAMES_FROM_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COROGUARD_FRAMES_FROM_MALLOC 1
#endif
#endif

namespace coroguard::detail {

#if defined(COROGUARD_FRAMES_FROM_MALLOC)
namespace {
void* allocate_block(std::size_t size) { return ::operator new(size); }
}  // namespace
void frame_deallocate(void* p, std::size_t) noexcept { ::operator delete(p); }
#else
namespace {

// malloc's own alignment: a frame block wastes at most 15 bytes to its size class.
constexpr std::size_t granule = 16;
constexpr std::size_t classes = 128;  // frames up to 2 KiB are recycled
// What a thread keeps for reuse, at most: enough for a burst of 100,000 tasks to be recycled by
// the next burst, bounded so a thread does not hold on to an old peak forever.
constexpr std::size_t max_cached_bytes = std::size_t{64} << 20;

struct free_block {
  free_block* next;
};

// One per thread: a frame freed on another thread than it was made on joins that thread's
// lists. Released when the thread ends.
struct free_lists {
  free_block* head[classes] = {};
  std::size_t cached_bytes = 0;
  ~free_lists() {
    for (std::size_t c = 0; c < classes; ++c)
      while (free_block* b = head[c]) {
        head[c] = b->next;
        ::operator delete(b);
      }
  }
};

thread_local free_lists lists;

std::size_t size_class(std::size_t size) noexcept { return (size + granule - 1) / granule - 1; }

void* allocate_block(std::size_t size) {
  std::size_t c = size_class(size);
  if (c >= classes) return ::operator new(size);
  if (free_block* b = lists.head[c]) {
    lists.head[c] = b->next;
    lists.cached_bytes -= (c + 1) * granule;
    return b;
  }
  return ::operator new((c + 1) * granule);
}

}  // namespace

void frame_deallocate(void* p, std::size_t size) noexcept {
  std::size_t c = size_class(size);
  if (c >= classes || lists.cached_bytes >= max_cached_bytes) {
    ::operator delete(p);
    return;
  }
  auto* b = static_cast<free_block*>(p);
  b->next = lists.head[c];
  lists.head[c] = b;
  lists.cached_bytes += (c + 1) * granule;
}
#endif

void* frame_allocate(std::size_t size) {
  void* p = allocate_block(size);
  debug::frame_allocated(p, size);
  return p;
}

}  // namespace coroguard::detail
