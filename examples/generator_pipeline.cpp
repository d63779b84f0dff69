// An async generator pipeline: read lines (each arrives after a pause, like a socket), parse
// them, keep the valid readings; each stage pulls from the one before (async for).
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "example.hpp"

using namespace std::chrono_literals;

coroguard::async_generator<std::string> read_lines(std::vector<std::string> lines) {
  for (auto& line : lines) {
    co_await coroguard::sleep(200ms);
    co_yield line;
  }
}

coroguard::async_generator<double> parse(coroguard::async_generator<std::string> lines) {
  while (auto line = co_await lines.next()) {
    try {
      co_yield std::stod(*line);
    } catch (const std::invalid_argument&) {
      std::printf("skipped '%s'\n", line->c_str());
    }
  }
}

coroguard::async_generator<double> in_range(coroguard::async_generator<double> values, double low, double high) {
  while (auto v = co_await values.next())
    if (*v >= low && *v <= high) co_yield *v;
}

coroguard::task<> amain() {
  auto start = coroguard::now();
  auto readings = in_range(parse(read_lines({"21.5", "22.0", "oops", "99.9", "20.5"})), 0, 50);
  double sum = 0;
  int count = 0;
  while (auto v = co_await readings.next()) {
    std::printf("reading %.1f at %.1f s\n", *v, example::seconds_since(start));
    sum += *v;
    ++count;
  }
  std::printf("%d readings, mean %.2f\n", count, sum / count);
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
