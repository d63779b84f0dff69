// Which frames of a stack are the user's: reports start their stacks and put their headlines
// there, past the capture itself and the runtime's machinery.
#include "core/user_frames.hpp"

namespace coroguard::debug {

bool is_runtime_source(std::string_view file) { return file.find("/include/coroguard/") != std::string_view::npos; }

namespace {

bool is_debug_runtime(const source_point& p) {
  return p.function.rfind("coroguard::debug::", 0) == 0 || p.file.find("/runtime/src/debug/") != std::string::npos;
}

// The runtime's own frames, libc and the standard library: not where a user looks first.
bool is_machinery(const source_point& p) {
  if (is_debug_runtime(p) || is_runtime_source(p.file)) return true;
  for (const char* prefix : {"std::", "coroguard::", "boost::asio::", "__libc_start", "_start", "__"})
    if (p.function.rfind(prefix, 0) == 0) return true;
  // Libraries built elsewhere (glibc's "./time/...") have relative paths; system headers /usr/.
  return p.file.empty() || p.file[0] != '/' || p.file.rfind("/usr/", 0) == 0;
}

}  // namespace

std::vector<native_frame> native_frames(void* const* pcs, int count, bool first_is_interrupted) {
  std::vector<source_point> points = symbolize(pcs, count, first_is_interrupted);
  std::vector<native_frame> frames;
  // The capture itself (our code, a sanitizer's backtrace interceptor) is not the program's.
  auto capturing = [](const source_point& p) {
    return is_debug_runtime(p) || p.function.rfind("__interceptor_", 0) == 0 ||
           p.file.find("libsanitizer") != std::string::npos;
  };
  int i = 0;
  while (i < count && pcs[i] && capturing(points[static_cast<size_t>(i)])) ++i;
  for (; i < count && pcs[i]; ++i) frames.push_back({pcs[i], points[static_cast<size_t>(i)]});
  return frames;
}

const native_frame* first_user_frame(const std::vector<native_frame>& frames) {
  for (const auto& f : frames)
    if (!is_machinery(f.point)) return &f;
  return nullptr;
}

std::vector<native_frame> creation_stack(void* const* created_by) {
  int n = 0;
  while (n < frame_record::creation_depth && created_by[n]) ++n;
  auto points = symbolize(created_by, n);
  // The stack ends at the creator, the user's frame that called the coroutine: the frames
  // before it are the runtime's (a gather starting its children), those past it are the
  // creator's callers. With no user frame at all, the innermost frame is all there is.
  for (int i = 0; i < n; ++i)
    if (!is_machinery(points[static_cast<size_t>(i)])) return {{created_by[i], points[static_cast<size_t>(i)]}};
  if (n == 0) return {};
  return {{created_by[0], points[0]}};
}

}  // namespace coroguard::debug
