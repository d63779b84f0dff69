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

constexpr std::size_t granule = 64;
constexpr std::size_t classes = 32;  // frames up to 2 KiB are recycled
constexpr std::size_t max_cached_per_class = 4096;

struct free_block {
  free_block* next;
};

// One per thread: a frame freed on another thread than it was made on joins that thread's
// lists. Released when the thread ends.
struct free_lists {
  free_block* head[classes] = {};
  std::size_t count[classes] = {};
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
    --lists.count[c];
    return b;
  }
  return ::operator new((c + 1) * granule);
}

}  // namespace

void frame_deallocate(void* p, std::size_t size) noexcept {
  std::size_t c = size_class(size);
  if (c >= classes || lists.count[c] >= max_cached_per_class) {
    ::operator delete(p);
    return;
  }
  auto* b = static_cast<free_block*>(p);
  b->next = lists.head[c];
  lists.head[c] = b;
  ++lists.count[c];
}
#endif

void* frame_allocate(std::size_t size) {
  void* p = allocate_block(size);
  debug::frame_allocated(p, size);
  return p;
}

}  // namespace coroguard::detail
