// A report as text (compiler-style headline, facts, stacks, SUMMARY line) or as one JSON object.
#include "core/render.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/format.hpp"
#include "core/options.hpp"

namespace coroguard::debug {

namespace {

// Stacks are kept whole (the headline's user frame may be deep); stack_depth frames are shown.
size_t shown_frames(const std::vector<native_frame>& stack) {
  return std::min(stack.size(), static_cast<size_t>(current_options().stack_depth));
}

std::string format_frame(size_t i, const native_frame& f) {
  char pc[32];
  std::snprintf(pc, sizeof pc, "%p", f.pc);
  return "#" + std::to_string(i) + " " + pc + " in " + (f.point.function.empty() ? "??" : f.point.function) + " " +
         format_point(f.point);
}

}  // namespace

std::string to_text(const report& r) {
  std::string text =
      format_point(r.where) + ": warning: " + r.message + " [coroguard-" + std::string(name_of(r.kind)) + "]\n";
  auto line = [&](int indent, const std::string& s) {
    text += std::string(static_cast<size_t>(indent), ' ') + s + "\n";
  };
  for (const auto& t : r.tasks) {
    std::string head = "task #" + std::to_string(t.id) + " '" + t.coroutine + "' (" + t.state + ")";
    if (t.frame_bytes) head += ", frame " + std::to_string(t.frame_bytes) + " bytes";
    line(4, head);
    line(6, "coroutine defined at " + t.defined_at);
    if (!t.created_at.empty()) {
      line(6, "created at:");
      for (size_t i = 0; i < t.created_at.size(); ++i) line(8, format_frame(i, t.created_at[i]));
    }
    if (!t.suspended_at.empty())
      line(6, "suspended at " + t.suspended_at + (t.waiting_for.empty() ? "" : ", waiting for " + t.waiting_for));
    if (t.backtrace.size() > 1 || (t.backtrace.size() == 1 && !t.backtrace[0].at.empty())) {
      line(6, "async backtrace:");
      for (size_t i = 0; i < t.backtrace.size(); ++i) {
        const auto& a = t.backtrace[i];
        line(8, "#" + std::to_string(i) + " task #" + std::to_string(a.id) + " " + a.coroutine +
                    (a.at.empty() ? " (running)" : " at " + a.at));
      }
    }
  }
  if (!r.stack.empty()) {
    line(4, r.stack_title + ":");
    for (size_t i = 0; i < shown_frames(r.stack); ++i) line(6, format_frame(i, r.stack[i]));
  }
  for (const auto& n : r.notes) line(4, n);
  text += std::string("SUMMARY: coroguard: ") + std::string(name_of(r.kind)) + " " + format_point(r.where);
  if (!r.where.function.empty()) text += " in " + r.where.function;
  return text + "\n";
}

namespace {

nlohmann::json to_json(const native_frame& f) {
  char pc[32];
  std::snprintf(pc, sizeof pc, "%p", f.pc);
  return {{"pc", pc},
          {"function", f.point.function},
          {"file", f.point.file},
          {"line", f.point.line},
          {"column", f.point.column}};
}

}  // namespace

std::string to_json(const report& r) {
  nlohmann::json j;
  j["kind"] = std::string(name_of(r.kind));
  j["message"] = r.message;
  j["location"] = {
      {"file", r.where.file}, {"line", r.where.line}, {"column", r.where.column}, {"function", r.where.function}};
  j["tasks"] = nlohmann::json::array();
  for (const auto& t : r.tasks) {
    nlohmann::json task{{"id", t.id},
                        {"coroutine", t.coroutine},
                        {"state", t.state},
                        {"defined_at", t.defined_at},
                        {"frame_bytes", t.frame_bytes},
                        {"suspended_at", t.suspended_at},
                        {"waiting_for", t.waiting_for}};
    task["created_at"] = nlohmann::json::array();
    for (const auto& f : t.created_at) task["created_at"].push_back(to_json(f));
    task["async_backtrace"] = nlohmann::json::array();
    for (const auto& a : t.backtrace)
      task["async_backtrace"].push_back({{"id", a.id}, {"coroutine", a.coroutine}, {"at", a.at}});
    j["tasks"].push_back(std::move(task));
  }
  if (!r.stack.empty()) {
    j["native_stack"] = {{"title", r.stack_title}, {"frames", nlohmann::json::array()}};
    for (size_t i = 0; i < shown_frames(r.stack); ++i) j["native_stack"]["frames"].push_back(to_json(r.stack[i]));
  }
  j["notes"] = r.notes;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace coroguard::debug
