#include "portal_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "motcua/text/normalize.hpp"

namespace motcua::catalog::portal {

std::string clean_value(std::string_view raw) {
  std::string s = text::clean_text(raw);
  if (s == kNoInformation) return {};
  return s;
}

char32_t code_point_at(std::string_view s, size_t i, size_t* len) {
  if (i >= s.size()) {
    if (len) *len = 0;
    return 0;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  if (len) *len = static_cast<size_t>(pos) - i;
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

size_t previous_start(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  return j;
}

bool is_upper_at(std::string_view s, size_t i) {
  return i < s.size() && u_isupper(static_cast<UChar32>(code_point_at(s, i)));
}

bool is_lower_at(std::string_view s, size_t i) {
  return i < s.size() && u_islower(static_cast<UChar32>(code_point_at(s, i)));
}

bool is_digit_at(std::string_view s, size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

bool starts_with_at(std::string_view s, size_t i, std::string_view prefix) {
  return i <= s.size() && s.substr(i, prefix.size()) == prefix;
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \n\t");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \n\t");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace motcua::catalog::portal
