#pragma once
// Vietnamese alphabetical order (ICU collator for locale "vi"): a < ă < â < b … đ after d,
// tones ordered as Vietnamese dictionaries do. Thread-safe: each thread uses its own collator.
#include <string>
#include <string_view>

namespace motcua::text {

// A byte string whose plain byte order (std::string operator<) is the Vietnamese order of the
// texts; compute once per item when sorting many.
std::string collation_key(std::string_view utf8);

// <0, 0, >0 as a is before, equal to or after b in Vietnamese order.
int compare_vi(std::string_view a, std::string_view b);

// Comparator for std::sort and ordered containers.
struct ViLess {
  bool operator()(std::string_view a, std::string_view b) const { return compare_vi(a, b) < 0; }
};

}  // namespace motcua::text
