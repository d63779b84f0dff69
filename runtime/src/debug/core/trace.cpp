#include "core/trace.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <mutex>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <vector>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "core/format.hpp"
#include "core/options.hpp"
#include "core/registry.hpp"

namespace coroguard::debug {

namespace {

struct trace_event {
  char phase;            // 'b'/'e' task lifetime, 'X' step or stall
  const char* function;  // the coroutine (source_location's name); null for a stall
  std::uint64_t id;      // task id
  long tid;
  double ts_us, dur_us;
  long stall_ms;
};

std::mutex events_mutex;
std::vector<trace_event> events;
std::unordered_map<std::uint64_t, task_times> ended_times;  // by task id, for its lifetime's end
// A long program would fill memory with steps: past this many events the rest are counted.
constexpr std::size_t max_events = 4'000'000;
std::size_t dropped = 0;

double now_us() {
  using namespace std::chrono;
  return duration<double, std::micro>(steady_clock::now().time_since_epoch()).count();
}

long this_tid() {
  thread_local long tid = static_cast<long>(syscall(SYS_gettid));
  return tid;
}

struct step {
  const frame_record* task = nullptr;
  double start = 0;
};
thread_local step step_running;

void add(const trace_event& e) noexcept {
  try {
    own_lock lock(events_mutex);
    if (events.size() < max_events) events.push_back(e);
    else ++dropped;
  } catch (...) {  // out of memory: counted with the events dropped at the cap
    ++dropped;
  }
}

// Where the task's time went, on its lifetime's end (Perfetto shows the args of a slice).
nlohmann::json times_args(const task_times& t) {
  auto us = [](std::int64_t ns) { return static_cast<double>(ns) / 1000.0; };
  nlohmann::json steps = nlohmann::json::object(), wakes = nlohmann::json::object();
  for (int i = 0; i < duration_buckets; ++i) {
    if (t.step_durations.counts[i]) steps[bucket_name(i)] = t.step_durations.counts[i];
    if (t.wake_latencies.counts[i]) wakes[bucket_name(i)] = t.wake_latencies.counts[i];
  }
  return {{"busy_us", us(t.busy)},
          {"idle_us", us(t.idle)},
          {"scheduled_us", us(t.scheduled)},
          {"steps", t.steps},
          {"longest_step_us", us(t.longest_step)},
          {"self_wakes", t.self_wakes},
          {"step_durations", steps},
          {"wake_latencies", wakes}};
}

}  // namespace

bool tracing() noexcept {
  static const bool on = !current_options().trace.empty();
  return on;
}

void trace_frame_created(const frame_record& r) noexcept {
  add({'b', r.function(), r.id(), this_tid(), now_us(), 0, 0});
}

void trace_frame_destroyed(const frame_record& r) noexcept {
  add({'e', r.function(), r.id(), this_tid(), now_us(), 0, 0});
  try {
    own_lock lock(events_mutex);
    ended_times[r.id()] = current_times(r);
  } catch (...) {  // out of memory: this task's end shows no times, counted with the dropped events
    ++dropped;
  }
}

void trace_step(const frame_record& r, bool begins) noexcept {
  if (begins) {
    step_running = {&r, now_us()};
    return;
  }
  if (step_running.task != &r) return;
  double end = now_us();
  add({'X', r.function(), r.id(), this_tid(), step_running.start, end - step_running.start, 0});
  step_running = {};
}

void trace_stall(long tid, const char* task, long ms) noexcept { add({'i', task, 0, tid, now_us(), 0, ms}); }

void write_trace() noexcept {
  if (!tracing()) return;
  try {
    own_lock lock(events_mutex);
    nlohmann::json out;
    out["displayTimeUnit"] = "ms";
    auto& list = out["traceEvents"] = nlohmann::json::array();
    const long pid = getpid();
    list.push_back(
        {{"ph", "M"}, {"name", "process_name"}, {"pid", pid}, {"tid", 0}, {"args", {{"name", "coroguard"}}}});
    if (dropped)
      std::fprintf(stderr, "coroguard: trace: %zu events past the first %zu were dropped\n", dropped, max_events);
    for (const auto& e : events) {
      nlohmann::json j{{"ph", std::string(1, e.phase)}, {"pid", pid}, {"tid", e.tid}, {"ts", e.ts_us}};
      if (e.phase == 'i') {
        j["name"] = "slow step";
        j["cat"] = "stall";
        j["s"] = "t";
        j["args"] = {{"stalled_ms", e.stall_ms}, {"task", e.function ? coroutine_name(e.function) : ""}};
      } else {
        j["name"] = coroutine_name(e.function);
        j["cat"] = e.phase == 'X' ? "step" : "task";
        j["args"] = {{"task", e.id}};
        if (e.phase == 'X') j["dur"] = e.dur_us;
        else j["id"] = e.id;  // async slices pair by (cat, id)
        if (auto t = ended_times.find(e.id); e.phase == 'e' && t != ended_times.end())
          j["args"].update(times_args(t->second));
      }
      list.push_back(std::move(j));
    }
    std::FILE* f = std::fopen(current_options().trace.c_str(), "w");
    if (!f) {
      std::fprintf(stderr, "coroguard: error: cannot write the trace file '%s'\n", current_options().trace.c_str());
      return;
    }
    std::string text = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  } catch (...) {
    std::fputs("coroguard: could not write the trace file\n", stderr);
  }
}

}  // namespace coroguard::debug
