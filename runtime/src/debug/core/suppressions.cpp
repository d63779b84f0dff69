// suppressions=FILE: one "kind:pattern" per line ('#' comments); the pattern ('*' wildcards)
// is matched against the function and file of the headline and the tasks' coroutines.
#include "core/suppressions.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string_view>

#include "core/options.hpp"

namespace coroguard::debug {

namespace {

struct suppression {
  std::string kind, pattern;
};

bool glob_match(std::string_view pattern, std::string_view text) {
  // Unanchored, as the sanitizers' suppressions are: "*" inside, substring overall.
  if (pattern.empty()) return true;
  size_t star = pattern.find('*');
  std::string_view head = pattern.substr(0, star);
  for (size_t at = text.find(head); at != std::string_view::npos; at = text.find(head, at + 1)) {
    if (star == std::string_view::npos) return true;
    if (glob_match(pattern.substr(star + 1), text.substr(at + head.size()))) return true;
  }
  return false;
}

const std::vector<suppression>& suppressions() {
  static const std::vector<suppression> list = [] {
    std::vector<suppression> out;
    const std::string& path = current_options().suppressions;
    if (path.empty()) return out;
    std::ifstream in(path);
    if (!in) {
      std::fprintf(stderr, "coroguard: error: COROGUARD_OPTIONS: cannot read suppressions file '%s'\n", path.c_str());
      std::_Exit(2);
    }
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      size_t colon = line.find(':');
      if (colon == std::string::npos) {
        std::fprintf(stderr, "coroguard: error: %s: '%s' is not kind:pattern\n", path.c_str(), line.c_str());
        std::_Exit(2);
      }
      out.push_back({line.substr(0, colon), line.substr(colon + 1)});
    }
    return out;
  }();
  return list;
}

}  // namespace

bool suppressed(const report& r) {
  for (const auto& s : suppressions()) {
    if (s.kind != name_of(r.kind) && s.kind != "*") continue;
    if (glob_match(s.pattern, r.where.function) || glob_match(s.pattern, r.where.file)) return true;
    for (const auto& t : r.tasks)
      if (glob_match(s.pattern, t.coroutine)) return true;
  }
  return false;
}

}  // namespace coroguard::debug
