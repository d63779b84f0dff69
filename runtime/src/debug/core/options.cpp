#include "core/options.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace coroguard::debug {

namespace {

constexpr const char* known = ""
#define COROGUARD_OPTION(type, name, default_value, low, high, shown, meaning) ", " #name
#include "core/options.inc"
#undef COROGUARD_OPTION
    ;

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

// One parser per type of option: the error message, or empty when `out` was set.
std::string parse_int(std::string_view key, std::string_view text, int low, int high, int& out) {
  long v = 0;
  bool ok = !text.empty();
  for (char c : text) {
    if (c < '0' || c > '9' || v > high) ok = false;
    if (ok) v = v * 10 + (c - '0');
  }
  if (!ok || v < low || v > high)
    return quoted(key) + " wants an integer in [" + std::to_string(low) + ", " + std::to_string(high) + "], not " +
           quoted(text);
  out = static_cast<int>(v);
  return {};
}

std::string parse_flag(std::string_view key, std::string_view text, int low, int high, bool& out) {
  int v = 0;
  std::string error = parse_int(key, text, low, high, v);
  if (error.empty()) out = v != 0;
  return error;
}

std::string parse_string(std::string_view, std::string_view text, int, int, std::string& out) {
  out = text;
  return {};
}

std::string parse_format(std::string_view key, std::string_view text, int, int, report_format& out) {
  if (text == "text") out = report_format::text;
  else if (text == "json") out = report_format::json;
  else return quoted(key) + " is text or json, not " + quoted(text);
  return {};
}

std::string parse_address(std::string_view key, std::string_view text, int, int, std::string& out) {
  if (text.empty()) return quoted(key) + " wants PORT or HOST:PORT";
  out = text;
  return {};
}

// Whether the option's value is an address, whose ':' before the port is no separator.
bool is_address(std::string_view key) {
#define COROGUARD_OPTION(type, name, default_value, low, high, shown, meaning) \
  if (key == #name) return std::string_view(#type) == "address";
#include "core/options.inc"
#undef COROGUARD_OPTION
  return false;
}

std::string set(options& o, std::string_view key, std::string_view value) {
#define COROGUARD_OPTION(type, name, default_value, low, high, shown, meaning) \
  if (key == #name) return parse_##type(key, value, low, high, o.name);
#include "core/options.inc"
#undef COROGUARD_OPTION
  return "unknown option " + quoted(key) + " (known: " + std::string(known + 2) + ")";
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
    if (eq == std::string_view::npos) return quoted(item) + " is not key=value";
    std::string_view key = item.substr(0, eq);
    std::string value(item.substr(eq + 1));
    // console=127.0.0.1:8080: the next item, when it is no key=value, is the port.
    if (is_address(key) && end != std::string_view::npos && item.data()[item.size()] == ':') {
      size_t next_end = rest.find_first_of(":,");
      std::string_view next = rest.substr(0, next_end);
      if (!next.empty() && next.find('=') == std::string_view::npos) {
        value += ":" + std::string(next);
        rest = next_end == std::string_view::npos ? std::string_view{} : rest.substr(next_end + 1);
      }
    }
    if (std::string error = set(out, key, value); !error.empty()) return error;
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
