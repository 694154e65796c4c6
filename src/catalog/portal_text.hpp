#pragma once
// Helpers shared by the portal-record parsers (src/catalog/portal_*.cpp): the portal renders
// table cells back to back, so the parsers look for the seams between cells in UTF-8 text.
#include <string>
#include <string_view>

namespace motcua::catalog::portal {

inline constexpr std::string_view kNoInformation = "Không có thông tin";

// Cleans a portal value (NFC, no-break spaces, collapsed spaces, trimmed); the portal's
// "Không có thông tin" (no-information) marker becomes empty.
std::string clean_value(std::string_view raw);

// Code point starting at byte i (U+FFFD when invalid); len receives its byte length.
char32_t code_point_at(std::string_view s, size_t i, size_t* len = nullptr);
// Start of the code point that ends just before byte i.
size_t previous_start(std::string_view s, size_t i);

bool is_upper_at(std::string_view s, size_t i);
bool is_lower_at(std::string_view s, size_t i);
bool is_digit_at(std::string_view s, size_t i);

bool starts_with_at(std::string_view s, size_t i, std::string_view prefix);
std::string trim(std::string_view s);

}  // namespace motcua::catalog::portal
