#include "core/stack.hpp"

#include <execinfo.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

extern char** environ;

namespace coroguard::debug {

namespace {

struct stack_bounds {
  std::uintptr_t low = 0, high = 0;
};

stack_bounds this_thread_stack() noexcept {
  thread_local stack_bounds bounds = [] {
    stack_bounds b;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      void* addr = nullptr;
      size_t size = 0;
      if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
        b.low = reinterpret_cast<std::uintptr_t>(addr);
        b.high = b.low + size;
      }
      pthread_attr_destroy(&attr);
    }
    return b;
  }();
  return bounds;
}

bool plausible_frame(std::uintptr_t fp, const stack_bounds& b) noexcept {
  return fp % sizeof(void*) == 0 && fp >= b.low && fp + 2 * sizeof(void*) <= b.high;
}

}  // namespace

void prepare_stack_capture() noexcept {
  (void)this_thread_stack();
  void* pcs[2];
  (void)backtrace(pcs, 2);
}

void capture_stack(caller_frame start, void** out, int max) noexcept {
  if (max <= 0) return;
  out[0] = start.return_address;
  const stack_bounds bounds = this_thread_stack();
  auto fp = reinterpret_cast<std::uintptr_t>(start.frame_address);
  for (int i = 1; i < max; ++i) {
    if (!plausible_frame(fp, bounds)) return;
    auto next = *reinterpret_cast<std::uintptr_t*>(fp);
    if (next <= fp || !plausible_frame(next, bounds)) return;
    out[i] = reinterpret_cast<void**>(next)[1];
    if (!out[i]) return;
    fp = next;
  }
}

namespace {

struct module_address {
  std::string path;
  std::uintptr_t offset;
};

// Finds the loaded ELF module holding `pc` and the offset a symbolizer wants for it.
bool locate(std::uintptr_t pc, module_address& where) {
  struct query {
    std::uintptr_t pc;
    module_address* out;
    bool found;
  } q{pc, &where, false};
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* data) {
        auto* q = static_cast<query*>(data);
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const auto& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_LOAD) continue;
          std::uintptr_t begin = info->dlpi_addr + ph.p_vaddr;
          if (q->pc >= begin && q->pc < begin + ph.p_memsz) {
            // The main program has no name here; /proc/self/exe would name the symbolizer.
            q->out->path = info->dlpi_name && *info->dlpi_name
                               ? info->dlpi_name
                               : std::filesystem::read_symlink("/proc/self/exe").string();
            q->out->offset = q->pc - info->dlpi_addr;
            q->found = true;
            return 1;
          }
        }
        return 0;
      },
      &q);
  return q.found;
}

std::string find_symbolizer() {
  if (const char* p = std::getenv("COROGUARD_SYMBOLIZER_PATH"); p && *p) return p;
  std::vector<std::string> dirs;
  if (const char* path = std::getenv("PATH")) {
    std::stringstream ss(path);
    for (std::string d; std::getline(ss, d, ':');) dirs.push_back(d);
  }
  for (const char* name : {"llvm-symbolizer", "llvm-symbolizer-19", "llvm-symbolizer-22", "addr2line"})
    for (const auto& d : dirs)
      if (access((d + "/" + name).c_str(), X_OK) == 0) return d + "/" + name;
  return {};
}

// Runs argv and returns what it printed on stdout (empty on failure).
std::string capture_output(const std::vector<std::string>& argv) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  std::string out;
  if (rc == 0) {
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
    int status = 0;
    waitpid(pid, &status, 0);
  }
  close(fds[0]);
  return out;
}

// Parses "file:line[:column]" (addr2line may append " (discriminator N)").
void parse_location(std::string text, source_point& p) {
  if (auto paren = text.find(" ("); paren != std::string::npos) text.resize(paren);
  auto last = text.rfind(':');
  if (last == std::string::npos) return;
  auto number = [](const std::string& s) { return static_cast<unsigned>(std::strtoul(s.c_str(), nullptr, 10)); };
  auto before = text.rfind(':', last - 1);
  if (before != std::string::npos && text.find_first_not_of("0123456789", before + 1) == last) {
    p.file = text.substr(0, before);
    p.line = number(text.substr(before + 1, last - before - 1));
    p.column = number(text.substr(last + 1));
  } else {
    p.file = text.substr(0, last);
    p.line = number(text.substr(last + 1));
  }
  if (p.file == "??") p.file.clear();
}

// Coroutine bodies are split into functions whose names carry the compiler's decoration:
// clang's "f() (.resume)", GCC's "f(f()::_Z1fv.Frame*) (.actor)". Users know them as "f()".
std::string plain_function_name(std::string name) {
  for (const char* suffix : {" (.resume)", " (.destroy)", " (.cleanup)", " (.actor)"}) {
    const std::string s = suffix;
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      name.resize(name.size() - s.size());
      if (s == " (.actor)") {
        auto open = name.find('(');
        auto mangled = name.rfind("::_Z");
        if (open != std::string::npos && mangled != std::string::npos && mangled > open)
          name = name.substr(open + 1, mangled - open - 1);
      }
      break;
    }
  }
  return name;
}

}  // namespace

std::vector<inline_chain> symbolize(void* const* return_addresses, int count, bool first_is_interrupted) {
  std::vector<inline_chain> chains(static_cast<size_t>(count), inline_chain(1));
  const std::string tool = find_symbolizer();
  if (tool.empty()) return chains;
  const bool is_addr2line = std::filesystem::path(tool).filename().string().find("addr2line") != std::string::npos;

  // One symbolizer run per module.
  std::map<std::string, std::vector<std::pair<int, std::uintptr_t>>> by_module;
  for (int i = 0; i < count; ++i) {
    auto pc = reinterpret_cast<std::uintptr_t>(return_addresses[i]);
    module_address where;
    const std::uintptr_t looked_up = i == 0 && first_is_interrupted ? pc : pc - 1;
    if (pc && locate(looked_up, where)) by_module[where.path].push_back({i, where.offset});
  }
  for (const auto& [path, addresses] : by_module) {
    std::vector<std::string> argv{tool};
    if (is_addr2line) argv.insert(argv.end(), {"-f", "-C", "-e", path});
    else argv.insert(argv.end(), {"--obj=" + path, "--demangle", "--inlines"});
    for (const auto& [index, offset] : addresses) {
      char hex[32];
      std::snprintf(hex, sizeof hex, "0x%jx", static_cast<std::uintmax_t>(offset));
      argv.push_back(hex);
    }
    std::stringstream out(capture_output(argv));
    for (const auto& [index, offset] : addresses) {
      std::string function, location;
      if (!std::getline(out, function) || !std::getline(out, location)) break;
      auto& chain = chains[static_cast<size_t>(index)];
      chain.clear();
      // llvm-symbolizer: the chain of inlined calls, one pair of lines each, and a blank line.
      do {
        source_point& p = chain.emplace_back();
        if (function != "??") p.function = plain_function_name(function);
        parse_location(location, p);
      } while (!is_addr2line && std::getline(out, function) && !function.empty() && std::getline(out, location));
    }
  }
  return chains;
}

}  // namespace coroguard::debug
