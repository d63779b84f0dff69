#include "registry.hpp"

#include "detectors.hpp"
#include "stack.hpp"

namespace coroguard::debug {

registry_state task_registry;

void registry::link(frame_record& r) noexcept {
  std::lock_guard lock(task_registry.mutex);
  r.id_ = task_registry.next_id++;
  r.next_ = task_registry.head;
  if (task_registry.head) task_registry.head->prev_ = &r;
  task_registry.head = &r;
  ++task_registry.live;
}

void registry::unlink(frame_record& r) noexcept {
  std::lock_guard lock(task_registry.mutex);
  if (r.prev_) r.prev_->next_ = r.next_;
  else task_registry.head = r.next_;
  if (r.next_) r.next_->prev_ = r.prev_;
  --task_registry.live;
}

frame_record::frame_record(std::source_location coroutine, caller_frame creator) noexcept
    : function_(coroutine.function_name()), defined_at_(coroutine) {
  capture_stack(creator, created_by_, creation_depth);
  registry::link(*this);
}

frame_record::~frame_record() {
  registry::unlink(*this);
  if (state_ == task_state::created) report_unawaited_task(*this);
}

void frame_record::on_suspend(std::source_location at) noexcept {
  suspended_at_ = at;
  state_ = task_state::suspended;
}

}  // namespace coroguard::debug
