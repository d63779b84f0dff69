// COROGUARD_OPTIONS: the debug mode's settings, sanitizer style ("key=value:key=value"), read
// once. A bad option stops the program with a message that names it and the valid ones. Every
// option is defined in options.inc.
#pragma once

#include <string>

namespace coroguard::debug {

enum class report_format { text, json };

// The C++ type of each kind of option in options.inc.
using option_int = int;
using option_flag = bool;
using option_string = std::string;
using option_format = report_format;
using option_address = std::string;

struct options {
#define COROGUARD_OPTION(type, name, default_value, low, high, shown, meaning) option_##type name = default_value;
#include "core/options.inc"
#undef COROGUARD_OPTION
};

// The options, parsed on first use from COROGUARD_OPTIONS.
const options& current_options();

// Parses `text` into `out`; on error returns the message (empty on success). For tests.
std::string parse_options(const std::string& text, options& out);

}  // namespace coroguard::debug
