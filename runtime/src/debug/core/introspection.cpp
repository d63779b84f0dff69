// dump_tasks (the task tree by awaited-by, like `python -m asyncio pstree`), dump_memory (live
// frames by creation site) and dump_signal, which prints both on a signal.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "core/activity.hpp"
#include "core/emit.hpp"
#include "core/format.hpp"
#include "core/introspection.hpp"
#include "core/loop_lifecycle.hpp"
#include "core/options.hpp"
#include "core/registry.hpp"
#include "coroguard/debug/api.hpp"
#include "coroguard/detail/job.hpp"

namespace coroguard::debug {

namespace {

struct node {
  const frame_record* record;
  std::string line;
  std::vector<std::size_t> children;
  bool child = false;
};

std::int64_t slow_step_ns() { return std::int64_t{current_options().slow_ms} * 1'000'000; }

// Each coroutine function's frames so far (live and ended): their times and histograms.
std::string times_by_function_text() {
  std::vector<function_times> functions = registry::times_by_function();
  std::sort(functions.begin(), functions.end(), [](auto& a, auto& b) {
    if (a.times.busy != b.times.busy) return a.times.busy > b.times.busy;
    if (a.frames != b.frames) return a.frames > b.frames;
    return coroutine_name(a.function) < coroutine_name(b.function);
  });
  std::string text = "coroguard: time by coroutine (live and ended frames)\n";
  if (std::size_t missed = registry::times_uncounted())
    text += "  (" + std::to_string(missed) + " ended frame(s) not counted: no memory to record them)\n";
  for (const function_times& f : functions) {
    text += "  " + coroutine_name(f.function) + ": " + std::to_string(f.frames) + " frame(s), " +
            std::to_string(f.live) + " live; " + format_times(f.times) + "\n";
    text += "    step durations: " + format_histogram(f.times.step_durations) + "\n";
    text += "    wake latency:   " + format_histogram(f.times.wake_latencies) + "\n";
  }
  return text;
}

}  // namespace

void dump_tasks(std::FILE* out) {
  report_scope scope;
  std::vector<node> nodes;
  std::vector<void*> creators;
  {
    own_lock lock(task_registry.mutex);
    std::unordered_map<const frame_record*, std::size_t> index;
    for (const frame_record* r = task_registry.frames.front(); r; r = r->next_in_registry()) {
      index[r] = nodes.size();
      nodes.push_back({r, {}, {}, false});
      creators.push_back(r->created_by()[0]);
    }
    auto chains = symbolize(creators.data(), static_cast<int>(creators.size()));
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      const frame_record& r = *nodes[i].record;
      std::string line =
          "#" + std::to_string(r.id()) + " " + coroutine_name(r.function()) + " (" + state_name(r.state()) + ")";
      if (r.state() == task_state::suspended) {
        line += " at " + format_point(point_of(r.suspended_at()));
        if (std::string wait = describe_wait(r); !wait.empty()) line += ", waiting for " + wait;
      }
      const source_point& created = chains[i].back();
      line += " — created";
      if (!created.function.empty()) line += " in " + created.function;
      if (!created.file.empty()) line += " at " + format_point(created);
      const task_times times = current_times(r);
      line += "; " + format_times(times);
      for (const std::string& warning : time_warnings(times, slow_step_ns())) line += " — warning: " + warning;
      nodes[i].line = std::move(line);
      // Awaited by: the frame that co_awaits it, or the frame joining the job it starts.
      const frame_record* parent = r.awaiter();
      if (parent) {
        if (auto it = index.find(parent); it != index.end()) {
          nodes[it->second].children.push_back(i);
          nodes[i].child = true;
        }
      }
      if (const auto* target = static_cast<const detail::job*>(r.wait().job); target && target->debug.task) {
        if (auto it = index.find(target->debug.task); it != index.end() && !nodes[it->second].child) {
          nodes[i].children.push_back(it->second);
          nodes[it->second].child = true;
        }
      }
    }
  }
  std::string text = "coroguard: " + std::to_string(nodes.size()) + " live task(s)\n";
  auto print = [&](auto& self, std::size_t i, const std::string& prefix, bool last, int depth) -> void {
    text += prefix + (last ? "└── " : "├── ") + nodes[i].line + "\n";
    if (depth > 64) return;
    auto& kids = nodes[i].children;
    std::sort(kids.begin(), kids.end(), [&](auto a, auto b) { return nodes[a].record->id() < nodes[b].record->id(); });
    for (std::size_t k = 0; k < kids.size(); ++k)
      self(self, kids[k], prefix + (last ? "    " : "│   "), k + 1 == kids.size(), depth + 1);
  };
  std::vector<std::size_t> roots;
  for (std::size_t i = 0; i < nodes.size(); ++i)
    if (!nodes[i].child) roots.push_back(i);
  std::sort(roots.begin(), roots.end(), [&](auto a, auto b) { return nodes[a].record->id() < nodes[b].record->id(); });
  for (std::size_t k = 0; k < roots.size(); ++k) print(print, roots[k], "", k + 1 == roots.size(), 0);
  text += times_by_function_text();
  std::fputs(text.c_str(), out);
  std::fflush(out);
}

void dump_memory(std::FILE* out) {
  report_scope scope;
  memory_usage usage = registry::usage_by_site();
  std::vector<site_usage>& sites = usage.sites;
  std::sort(sites.begin(), sites.end(),
            [](auto& a, auto& b) { return a.bytes != b.bytes ? a.bytes > b.bytes : a.peak_bytes > b.peak_bytes; });
  std::vector<void*> creators;
  for (const auto& s : sites) creators.push_back(s.creator);
  auto chains = symbolize(creators.data(), static_cast<int>(creators.size()));
  std::size_t live = 0, bytes = 0;
  for (const auto& s : sites) {
    live += s.live;
    bytes += s.bytes;
  }
  std::string text = "coroguard: coroutine frame memory: " + std::to_string(live) + " live frame(s), " +
                     std::to_string(bytes) + " bytes\n";
  char row[160];
  std::snprintf(row, sizeof row, "  %8s %10s %10s %12s %8s  %s\n", "live", "bytes", "peak live", "peak bytes",
                "created", "coroutine, created at");
  text += row;
  if (std::size_t missed = usage.uncounted)
    text += "  (" + std::to_string(missed) + " frame(s) not counted: no memory to record their site)\n";
  for (std::size_t i = 0; i < sites.size(); ++i) {
    const auto& s = sites[i];
    std::snprintf(row, sizeof row, "  %8zu %10zu %10zu %12zu %8zu  ", s.live, s.bytes, s.peak_live, s.peak_bytes,
                  s.total);
    const source_point& created = chains[i].back();  // the creator, past a ramp inlined into it
    text += row + coroutine_name(s.function) + ", " + (created.function.empty() ? std::string("?") : created.function) +
            " " + format_point(created) + "\n";
  }
  std::fputs(text.c_str(), out);
  std::fflush(out);
}

namespace {

int dump_pipe[2] = {-1, -1};

void on_dump_signal(int) {
  int saved = errno;
  char byte = 1;
  (void)!write(dump_pipe[1], &byte, 1);
  errno = saved;
}

}  // namespace

void install_dump_signal() noexcept {
  const int signal_number = current_options().dump_signal;
  if (signal_number == 0 || pipe2(dump_pipe, O_CLOEXEC) != 0) return;
  // The dump runs on each loop's own thread (between steps, where the registry is consistent).
  std::thread([] {
    char byte;
    while (read(dump_pipe[0], &byte, 1) == 1)
      run_on_loops([] {
        dump_tasks(stderr);
        dump_memory(stderr);
      });
  }).detach();
  struct sigaction sa{};
  sa.sa_handler = on_dump_signal;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(signal_number, &sa, nullptr);
}

}  // namespace coroguard::debug
