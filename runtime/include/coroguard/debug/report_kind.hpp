// The kinds of report, as an enum and their stable names (report_kinds.inc defines both).
#pragma once

#include <cstddef>
#include <string_view>

namespace coroguard::debug {

enum class report_kind : unsigned char {
#define COROGUARD_REPORT_KIND(identifier, name) identifier,
#include "coroguard/debug/report_kinds.inc"
#undef COROGUARD_REPORT_KIND
};

inline constexpr std::string_view report_kind_names[] = {
#define COROGUARD_REPORT_KIND(identifier, name) name,
#include "coroguard/debug/report_kinds.inc"
#undef COROGUARD_REPORT_KIND
};

inline constexpr std::size_t report_kind_count = std::size(report_kind_names);

// "blocking-call" for report_kind::blocking_call.
constexpr std::string_view name_of(report_kind k) noexcept { return report_kind_names[static_cast<std::size_t>(k)]; }

}  // namespace coroguard::debug
