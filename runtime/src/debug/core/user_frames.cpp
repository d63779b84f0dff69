// Which frames of a stack are the user's: reports start their stacks and put their headlines
// there, past the capture itself and the runtime's machinery.
#include "core/user_frames.hpp"

#include <algorithm>
#include <filesystem>

namespace coroguard::debug {

bool is_runtime_source(std::string_view file) { return file.find("/include/coroguard/") != std::string_view::npos; }

// Libraries built elsewhere (glibc's "./time/...") have relative paths; system headers /usr/.
bool is_library_source(std::string_view file) { return file.empty() || file[0] != '/' || file.rfind("/usr/", 0) == 0; }

namespace {

bool is_debug_runtime(const source_point& p) {
  return p.function.rfind("coroguard::debug::", 0) == 0 || p.file.find("/runtime/src/debug/") != std::string::npos;
}

// The runtime's own frames, libc and the standard library: not where a user looks first.
bool is_machinery(const source_point& p) {
  if (is_debug_runtime(p) || is_runtime_source(p.file)) return true;
  for (const char* prefix : {"std::", "coroguard::", "boost::asio::", "__libc_start", "_start", "__"})
    if (p.function.rfind(prefix, 0) == 0) return true;
  return is_library_source(p.file);
}

}  // namespace

namespace {

// One frame per source function, inlined calls included, as the sanitizers print them: an
// inlined std::this_thread::sleep_for and the user's line that called it share a pc.
std::vector<native_frame> expand_inlined(void* const* pcs, int count, bool first_is_interrupted) {
  std::vector<inline_chain> chains = symbolize(pcs, count, first_is_interrupted);
  std::vector<native_frame> frames;
  for (int i = 0; i < count; ++i)
    for (source_point& p : chains[static_cast<size_t>(i)]) frames.push_back({pcs[i], std::move(p)});
  return frames;
}

}  // namespace

std::vector<native_frame> native_frames(void* const* pcs, int count, bool first_is_interrupted) {
  int n = 0;
  while (n < count && pcs[n]) ++n;
  std::vector<native_frame> frames = expand_inlined(pcs, n, first_is_interrupted);
  // The capture itself (our code, a sanitizer's backtrace interceptor) is not the program's.
  auto capturing = [](const native_frame& f) {
    const source_point& p = f.point;
    return is_debug_runtime(p) || p.function.rfind("__interceptor_", 0) == 0 ||
           p.file.find("libsanitizer") != std::string::npos;
  };
  auto first = std::find_if_not(frames.begin(), frames.end(), capturing);
  frames.erase(frames.begin(), first);
  return frames;
}

const native_frame* first_user_frame(const std::vector<native_frame>& frames) {
  for (const auto& f : frames)
    if (!is_machinery(f.point)) return &f;
  return nullptr;
}

std::vector<native_frame> creation_stack(void* const* created_by, const std::source_location& coroutine) {
  int n = 0;
  while (n < frame_record::creation_depth && created_by[n]) ++n;
  std::vector<native_frame> frames = expand_inlined(created_by, n, false);
  // The stack ends at the creator, the user's frame that called the coroutine: the frames
  // before it are the runtime's (a gather starting its children) or the coroutine's own ramp
  // (inlined into its creator at -O2), those past it are the creator's callers. With no user
  // frame at all, the innermost frame is all there is.
  auto is_ramp = [&](const source_point& p) {
    std::string_view file = coroutine.file_name();
    return p.line == coroutine.line() && !p.file.empty() &&
           file.ends_with(std::filesystem::path(p.file).filename().string());
  };
  for (native_frame& f : frames)
    if (!is_machinery(f.point) && !is_ramp(f.point)) return {std::move(f)};
  if (frames.empty()) return {};
  return {std::move(frames.front())};
}

}  // namespace coroguard::debug
