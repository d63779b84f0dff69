// Which checks run on a file of a project, the rule `coroguard lint` (coroguard_cli/tidy.py) and
// coroguard-clangd share: the project's .clang-tidy Checks, then coroguard's defaults, then the
// project's own coroguard globs again, which win. So a project's '-*' alone does not turn the
// coroguard checks off, while its '-coroguard-large-frame' does. Both implementations are tested
// against one table: test/tools/Inputs/check-selection.txt (test/tools/check-selection.test).
#pragma once

#include <string>
#include <string_view>

namespace coroguard {

inline std::string withCoroguardChecks(std::string_view Project, std::string_view Defaults) {
  std::string Result(Project);
  if (!Result.empty()) Result += ",";
  Result += Defaults;
  for (size_t Start = 0; Start <= Project.size();) {
    size_t End = Project.find(',', Start);
    if (End == std::string_view::npos) End = Project.size();
    std::string_view Glob = Project.substr(Start, End - Start);
    while (!Glob.empty() && Glob.front() == ' ') Glob.remove_prefix(1);
    while (!Glob.empty() && Glob.back() == ' ') Glob.remove_suffix(1);
    if (Glob.find("coroguard") != std::string_view::npos) Result += "," + std::string(Glob);
    Start = End + 1;
  }
  return Result;
}

}  // namespace coroguard
