#include "options.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace coroguard::debug {

namespace {

constexpr const char* known =
    "report, log_path, slow_ms, exitcode, halt_on_error, stack_depth, trace, dump_signal, suppressions";

bool parse_int(std::string_view text, int low, int high, int& out) {
  if (text.empty()) return false;
  long v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
    if (v > high) return false;
  }
  if (v < low) return false;
  out = static_cast<int>(v);
  return true;
}

std::string set(options& o, std::string_view key, std::string_view value) {
  auto integer = [&](int low, int high, int& field) -> std::string {
    if (parse_int(value, low, high, field)) return {};
    return "'" + std::string(key) + "' wants an integer in [" + std::to_string(low) + ", " + std::to_string(high) +
           "], not '" + std::string(value) + "'";
  };
  if (key == "report") {
    if (value == "text") o.report = options::format::text;
    else if (value == "json") o.report = options::format::json;
    else return "'report' is text or json, not '" + std::string(value) + "'";
    return {};
  }
  if (key == "log_path") {
    o.log_path = value;
    return {};
  }
  if (key == "trace") {
    o.trace = value;
    return {};
  }
  if (key == "suppressions") {
    o.suppressions = value;
    return {};
  }
  if (key == "slow_ms") return integer(0, 3'600'000, o.slow_ms);
  if (key == "exitcode") return integer(0, 255, o.exitcode);
  if (key == "stack_depth") return integer(1, 64, o.stack_depth);
  if (key == "dump_signal") return integer(0, 64, o.dump_signal);
  if (key == "halt_on_error") {
    int v = 0;
    std::string error = integer(0, 1, v);
    o.halt_on_error = v != 0;
    return error;
  }
  return "unknown option '" + std::string(key) + "' (known: " + known + ")";
}

}  // namespace

std::string parse_options(const std::string& text, options& out) {
  std::string_view rest = text;
  while (!rest.empty()) {
    // Separated by ':' as the sanitizers' options are (or ',').
    size_t end = rest.find_first_of(":,");
    std::string_view item = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    if (item.empty()) continue;
    size_t eq = item.find('=');
    if (eq == std::string_view::npos) return "'" + std::string(item) + "' is not key=value";
    if (std::string error = set(out, item.substr(0, eq), item.substr(eq + 1)); !error.empty()) return error;
  }
  return {};
}

const options& current_options() {
  static const options parsed = [] {
    options o;
    const char* env = std::getenv("COROGUARD_OPTIONS");
    if (env) {
      std::string error = parse_options(env, o);
      if (!error.empty()) {
        std::fprintf(stderr, "coroguard: error: COROGUARD_OPTIONS: %s\n", error.c_str());
        std::_Exit(2);
      }
    }
    return o;
  }();
  return parsed;
}

}  // namespace coroguard::debug
