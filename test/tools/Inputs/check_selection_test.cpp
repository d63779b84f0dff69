// tools/check_selection.h against test/tools/Inputs/check-selection.txt.
#include <fstream>
#include <iostream>
#include <string>

#include "check_selection.h"

static std::string trim(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

int main(int argc, char** argv) {
  std::ifstream table(argv[1]);
  int rows = 0, failed = 0;
  for (std::string line; std::getline(table, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find(" | "), b = line.find(" | ", a + 3);
    std::string project = trim(line.substr(0, a)), defaults = trim(line.substr(a + 3, b - a - 3));
    std::string expected = trim(line.substr(b + 3)), got = coroguard::withCoroguardChecks(project, defaults);
    ++rows;
    if (got != expected) {
      ++failed;
      std::cout << "'" << project << "': got " << got << ", want " << expected << "\n";
    }
  }
  std::cout << "check_selection.h: " << rows << " row(s), " << failed << " failed\n";
  return failed != 0;
}
