#include "coroguard/event_loop.hpp"

#include <coroutine>
#include <stdexcept>

#include "coroguard/detail/root_task.hpp"

namespace coroguard {

namespace {
thread_local event_loop* current_loop = nullptr;
}

event_loop::event_loop() : previous_(current_loop) { current_loop = this; }

event_loop::~event_loop() {
  destroy_roots();
  current_loop = previous_;
}

event_loop& event_loop::current() {
  if (!current_loop)
    throw std::logic_error("coroguard: no event loop on this thread (call this inside coroguard::run)");
  return *current_loop;
}

void event_loop::run_until(const std::function<bool()>& finished) {
  while (!finished()) {
    if (context_.run_one() == 0)
      throw std::runtime_error(
          "coroguard::run: the main task is suspended and no timer, I/O or scheduled work can "
          "ever resume it (deadlock)");
  }
}

void event_loop::adopt(detail::root_promise* root) noexcept {
  root->next_ = roots_;
  if (roots_) roots_->prev_ = root;
  roots_ = root;
}

void event_loop::release(detail::root_promise* root) noexcept {
  if (root->prev_) root->prev_->next_ = root->next_;
  else roots_ = root->next_;
  if (root->next_) root->next_->prev_ = root->prev_;
}

// Destroying a root destroys the task it drives and every frame that task owns.
void event_loop::destroy_roots() noexcept {
  while (roots_) std::coroutine_handle<detail::root_promise>::from_promise(*roots_).destroy();
}

}  // namespace coroguard
