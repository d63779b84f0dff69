#include "console/snapshot.hpp"

#include <unistd.h>

#include <chrono>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <vector>

#include "console/console.hpp"
#include "core/activity.hpp"
#include "core/facts.hpp"
#include "core/format.hpp"
#include "core/options.hpp"
#include "core/registry.hpp"
#include "core/stack.hpp"

namespace coroguard::debug::console {

namespace {

using nlohmann::json;

// One record's fields, copied under the registry lock. The loop thread writes them without it,
// so only values are copied: no pointer read here is followed (a job or child set may be gone
// by the time the copy is used); pointers only join records to each other.
struct task_copy {
  std::uint64_t id;
  const char* function;
  task_state state;
  bool at_yield;
  std::source_location suspended_at;
  wait_info wait;
  const char* awaiter_type;
  const void* awaiter;  // the frame_record awaiting it
  const void* job;      // the job whose first frame it is
  const void* self;
  void* creator;
  std::size_t frame_bytes;
  task_times times;
  std::int64_t running_for;  // the step it is in, so far
};

std::vector<task_copy> copy_tasks() {
  std::vector<task_copy> out;
  own_lock lock(task_registry.mutex);
  out.reserve(task_registry.live);
  for (const frame_record* r = task_registry.frames.front(); r; r = r->next_in_registry())
    out.push_back({r->id(), r->function(), r->state(), r->at_yield(), r->suspended_at(), r->wait(), r->awaiter_type(),
                   r->awaiter(), r->job(), r, r->created_by()[0], r->frame_size(), current_times(*r),
                   current_step(*r)});
  return out;
}

// Creation sites, symbolized once each (the symbolizer is a process of its own).
const source_point& site_of(void* creator) {
  static std::mutex mutex;
  static std::unordered_map<void*, source_point> known;
  own_lock lock(mutex);
  if (auto it = known.find(creator); it != known.end()) return it->second;
  auto chains = symbolize(&creator, 1);
  return known[creator] = chains.empty() || chains[0].empty() ? source_point{} : chains[0].back();
}

std::string site_text(const source_point& p) {
  if (p.file.empty()) return p.function.empty() ? "?" : p.function;
  return format_point(p);
}

json histogram(const duration_histogram& h) {
  json counts = json::array();
  for (std::uint32_t c : h.counts) counts.push_back(c);
  return counts;
}

json times_json(const task_times& t) {
  return {{"busy_ns", t.busy},
          {"idle_ns", t.idle},
          {"scheduled_ns", t.scheduled},
          {"steps", t.steps},
          {"longest_step_ns", t.longest_step},
          {"self_wakes", t.self_wakes},
          {"step_durations", histogram(t.step_durations)},
          {"wake_latencies", histogram(t.wake_latencies)}};
}

std::int64_t slow_ns() { return std::int64_t{current_options().slow_ms} * 1'000'000; }

// What a suspended task waits for, from the copied fields and the other copies alone.
std::string waiting_for(const task_copy& t, const std::unordered_map<const void*, const task_copy*>& by_job,
                        const std::unordered_map<const void*, const task_copy*>& by_record) {
  if (t.at_yield) return "its consumer (it yielded a value)";
  const wait_info& w = t.wait;
  const char* what = w.what ? w.what : "await";
  if (w.job) {
    auto it = by_job.find(w.job);
    return it != by_job.end() ? task_label(it->second->id, it->second->function) + " (" + what + ")"
                              : std::string("a task that has ended (") + what + ")";
  }
  if (w.task) {
    auto it = by_record.find(w.task);
    if (it != by_record.end()) return task_label(it->second->id, it->second->function) + " (" + what + ")";
  }
  if (w.children) return "child tasks (gather, when_any, as_completed or a task group)";
  if (w.what) return object_wait_text(w);
  return t.awaiter_type ? awaiter_type_name(t.awaiter_type) : "";
}

struct report_store {
  std::mutex mutex;
  std::deque<std::string> last;
  std::size_t total = 0, lost = 0;  // lost: no memory to keep them
};
report_store& reports() {
  static report_store* store = new report_store;  // outlives the console thread at exit
  return *store;
}

// One point of the timeline.
struct sample {
  std::int64_t t_ms;
  std::size_t created, running, suspended, bytes, reports;
};
struct timeline_store {
  std::mutex mutex;
  std::deque<sample> points;
  std::size_t lost = 0;  // samples there was no memory for
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
};
timeline_store& timeline() {
  static timeline_store* store = new timeline_store;
  return *store;
}
constexpr std::size_t report_limit = 200;
constexpr std::size_t timeline_points = 240;  // a minute at the console's 250 ms sampling

}  // namespace

std::string tasks_json() {
  const std::vector<task_copy> tasks = copy_tasks();
  std::unordered_map<const void*, const task_copy*> by_job, by_record;
  for (const task_copy& t : tasks) {
    if (t.job) by_job[t.job] = &t;
    by_record[t.self] = &t;
  }
  // Awaited by: the record awaiting it, or the task joining the job it is the first frame of.
  std::unordered_map<const void*, std::uint64_t> joined_by;
  for (const task_copy& t : tasks)
    if (t.state == task_state::suspended && t.wait.job) joined_by[t.wait.job] = t.id;
  const std::int64_t slow = slow_ns();
  json rows = json::array();
  for (const task_copy& t : tasks) {
    const source_point& created = site_of(t.creator);
    json row = {{"id", t.id},
                {"coroutine", coroutine_name(t.function)},
                {"function", t.function},
                {"state", state_name(t.state)},
                {"created_at", site_text(created)},
                {"created_in", created.function},
                {"frame_bytes", t.frame_bytes},
                {"times", times_json(t.times)},
                {"warnings", time_warnings(t.times, slow)}};
    json awaited_by = nullptr;
    if (auto it = by_record.find(t.awaiter); t.awaiter && it != by_record.end()) awaited_by = it->second->id;
    else if (auto j = joined_by.find(t.job); t.job && j != joined_by.end()) awaited_by = j->second;
    row["awaited_by"] = awaited_by;
    if (t.state == task_state::suspended) {
      row["suspended_at"] = format_point(point_of(t.suspended_at));
      row["waiting_for"] = waiting_for(t, by_job, by_record);
    }
    if (t.state == task_state::running) row["running_for_ns"] = t.running_for;
    rows.push_back(std::move(row));
  }
  json functions = json::array();
  for (const function_times& f : registry::times_by_function())
    functions.push_back({{"coroutine", coroutine_name(f.function)},
                         {"function", f.function},
                         {"frames", f.frames},
                         {"live", f.live},
                         {"times", times_json(f.times)}});
  json buckets = json::array();
  for (int i = 0; i < duration_buckets; ++i) buckets.push_back(bucket_name(i));
  return json{{"pid", getpid()},
              {"slow_ms", current_options().slow_ms},
              {"buckets", buckets},
              {"tasks", rows},
              {"functions", functions}}
      .dump();
}

std::string memory_json() {
  const memory_usage usage = registry::usage_by_site();
  json sites = json::array();
  for (const site_usage& s : usage.sites)
    sites.push_back({{"coroutine", coroutine_name(s.function)},
                     {"created_at", site_text(site_of(s.creator))},
                     {"live", s.live},
                     {"bytes", s.bytes},
                     {"peak_live", s.peak_live},
                     {"peak_bytes", s.peak_bytes},
                     {"total", s.total}});
  return json{{"uncounted", usage.uncounted}, {"sites", sites}}.dump();
}

}  // namespace coroguard::debug::console

namespace coroguard::debug {

// The last reports only (reports_json says how many there were).
void console_keep_report(std::string text) noexcept {
  using namespace console;
  try {
    report_store& store = reports();
    own_lock lock(store.mutex);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    store.last.push_back(std::move(text));
    ++store.total;
    if (store.last.size() > report_limit) store.last.pop_front();
  } catch (...) {  // out of memory: the console misses this report (the report itself was printed)
    report_store& store = reports();
    own_lock lock(store.mutex);
    ++store.lost;
  }
}

}  // namespace coroguard::debug

namespace coroguard::debug::console {

std::string reports_json() {
  report_store& store = reports();
  own_lock lock(store.mutex);
  std::string out =
      "{\"total\":" + std::to_string(store.total) + ",\"lost\":" + std::to_string(store.lost) + ",\"reports\":[";
  for (std::size_t i = 0; i < store.last.size(); ++i) out += (i ? "," : "") + store.last[i];
  return out + "]}";
}

void sample_timeline() noexcept {
  try {
    sample s{};
    {
      own_lock lock(task_registry.mutex);
      for (const frame_record* r = task_registry.frames.front(); r; r = r->next_in_registry()) {
        switch (r->state()) {
          case task_state::created: ++s.created; break;
          case task_state::running: ++s.running; break;
          case task_state::suspended:
          case task_state::done: ++s.suspended; break;
        }
        s.bytes += r->frame_size();
      }
    }
    {
      report_store& store = reports();
      own_lock lock(store.mutex);
      s.reports = store.total;
    }
    timeline_store& line = timeline();
    own_lock lock(line.mutex);
    s.t_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - line.start).count();
    line.points.push_back(s);
    if (line.points.size() > timeline_points) line.points.pop_front();
  } catch (...) {  // out of memory: a gap in the timeline, counted
    timeline_store& line = timeline();
    own_lock lock(line.mutex);
    ++line.lost;
  }
}

std::string timeline_json() {
  timeline_store& line = timeline();
  own_lock lock(line.mutex);
  json points = json::array();
  for (const sample& s : line.points)
    points.push_back({{"t_ms", s.t_ms},
                      {"created", s.created},
                      {"running", s.running},
                      {"suspended", s.suspended},
                      {"bytes", s.bytes},
                      {"reports", s.reports}});
  return json{{"points", points}, {"lost", line.lost}}.dump();
}

}  // namespace coroguard::debug::console
