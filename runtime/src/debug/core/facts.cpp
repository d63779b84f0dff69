// The facts a report gives about a task: who it is, where it was created, where it waits, and
// who awaits it.
#include "core/facts.hpp"

#include <cstdio>
#include <string_view>

#include "core/format.hpp"
#include "core/user_frames.hpp"
#include "coroguard/detail/child_set.hpp"
#include "coroguard/detail/job.hpp"

namespace coroguard::debug {

std::string awaiter_type_name(const char* signature) {
  std::string_view s = signature;
  size_t start = s.find("T = ");
  if (start == std::string_view::npos) return "an awaiter";
  start += 4;
  size_t end = s.find_first_of(";]", start);
  return std::string(s.substr(start, end - start));
}

std::string object_wait_text(const wait_info& w) {
  std::string s = w.what;
  if (w.object) {
    char address[32];
    std::snprintf(address, sizeof address, " %p", w.object);
    s += address;
  }
  return s;
}

std::string task_label(std::uint64_t id, const char* function) {
  std::string s = "task #" + std::to_string(id);
  if (function) s += " '" + coroutine_name(function) + "'";
  return s;
}

std::string task_label(const frame_record& r) { return task_label(r.id(), r.function()); }

std::string describe_wait(const frame_record& r) {
  if (r.at_yield()) return "its consumer (it yielded a value)";
  const wait_info& w = r.wait();
  if (w.job) {
    const auto& who = static_cast<const detail::job*>(w.job)->debug.identity;
    return task_label(who.id, who.function) + " (" + w.what + ")";
  }
  if (w.task) return task_label(*w.task) + " (" + w.what + ")";
  if (w.children) {
    std::string s = "child tasks";
    const char* separator = " ";
    w.children->for_each_running([&](const detail::job* c) {
      s += separator + task_label(c->debug.identity.id, c->debug.identity.function);
      separator = ", ";
    });
    return s + " (gather, when_any, as_completed or a task group)";
  }
  if (w.what) return object_wait_text(w);
  if (r.awaiter_type()) return awaiter_type_name(r.awaiter_type());
  return {};
}

task_facts facts_of(const frame_record& r) {
  task_facts t;
  t.id = r.id();
  t.coroutine = r.function();
  t.state = state_name(r.state());
  t.defined_at = format_line(r.defined_at());
  t.frame_bytes = r.frame_size();
  t.created_at = creation_stack(r.created_by(), r.defined_at());
  if (r.state() == task_state::suspended) {
    t.suspended_at = format_point(point_of(r.suspended_at()));
    t.waiting_for = describe_wait(r);
  }
  for (const frame_record* f = &r; f; f = f->awaiter()) {
    async_frame a{f->id(), coroutine_name(f->function()), {}};
    if (f->state() == task_state::suspended) a.at = format_point(point_of(f->suspended_at()));
    t.backtrace.push_back(std::move(a));
    if (t.backtrace.size() > 64) break;
  }
  return t;
}

task_facts facts_of(const task_identity& who, const char* state) {
  task_facts t;
  t.id = who.id;
  t.coroutine = who.function ? who.function : "";
  t.state = state;
  t.defined_at = format_line(who.defined_at);
  t.created_at = creation_stack(who.created_by, who.defined_at);
  return t;
}

const frame_record& user_frame(const frame_record& r) {
  const frame_record* f = &r;
  while (is_runtime_source(f->defined_at().file_name()) && f->awaiter()) f = f->awaiter();
  return *f;
}

source_point task_point(const frame_record& r, const task_facts& t, bool prefer_suspension) {
  // A wait inside the runtime's own coroutine (gather, a task group's join) is the user's
  // co_await of it.
  const frame_record& u = user_frame(r);
  if (prefer_suspension && u.state() == task_state::suspended && u.suspended_at().file_name()[0]) {
    source_point p = point_of(u.suspended_at());
    p.function = coroutine_name(u.function());
    return p;
  }
  if (const native_frame* f = first_user_frame(t.created_at)) return f->point;
  source_point p = point_of(r.defined_at());
  p.function = coroutine_name(r.function());
  return p;
}

}  // namespace coroguard::debug
