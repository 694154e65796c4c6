// can_cu_phap_ly is the table "Tên văn bản pháp lý | Mã văn bản" run together:
// "Thông tư hướng dẫn …85/2019/TT-BTCNghị định sửa đổi …104/2022/NĐ-CP…". A row ends after a
// document code (digits/year/CAPITALS) when the next row's title begins: a capital followed by
// a lower-case letter, directly or after one space, or the end of the text. Codes quoted inside
// a title are followed by ordinary words ("… 123/2015/NĐ-CP ngày …") and do not end a row.
#include <optional>

#include "portal_parts.hpp"
#include "portal_text.hpp"

namespace motcua::catalog::portal {

namespace {

constexpr std::string_view kPortalLegalHeader = "Tên văn bản pháp lýMã văn bản";

bool code_char_at(std::string_view s, size_t i) {
  return i < s.size() && (is_upper_at(s, i) || is_digit_at(s, i) || s[i] == '-');
}

bool title_starts_at(std::string_view s, size_t i) {
  if (i >= s.size()) return true;
  if (s[i] == ' ') ++i;
  size_t len = 0;
  code_point_at(s, i, &len);
  return is_upper_at(s, i) && is_lower_at(s, i + len);
}

// The end of a code whose "/YYYY/" part starts at slash, if that code ends a row.
std::optional<size_t> code_row_end(std::string_view s, size_t slash) {
  size_t i = slash + 6;  // after "/YYYY/"
  size_t start = i;
  while (code_char_at(s, i)) {
    size_t len = 0;
    code_point_at(s, i, &len);
    // Stop before a capital that starts a word ("BTCNghị" → "BTC" + "Nghị").
    if (i > start && title_starts_at(s, i) && s[i] != ' ') return i;
    i += len;
  }
  if (i > start && (i == s.size() || (s[i] == ' ' && title_starts_at(s, i)))) return i;
  return std::nullopt;
}

bool year_slash_at(std::string_view s, size_t i) {
  return i + 6 <= s.size() && s[i] == '/' && is_digit_at(s, i + 1) && is_digit_at(s, i + 2) &&
         is_digit_at(s, i + 3) && is_digit_at(s, i + 4) && s[i + 5] == '/';
}

// When the code cell holds words before the number ("Thông tư số 03/2023/TT-BTP"), those words
// are glued to the title: "…Bộ Tư phápThông tư số". Drops such a digit-free glued tail.
std::string without_glued_tail(std::string title) {
  for (size_t i = title.size(); i > 0;) {
    size_t p = previous_start(title, i);
    if (title.size() - i > 40) break;
    if (i < title.size() && is_lower_at(title, p) && is_upper_at(title, i)) {
      std::string_view tail = std::string_view(title).substr(i);
      if (tail.find_first_of("0123456789") == std::string_view::npos)
        return trim(title.substr(0, i));
      break;
    }
    i = p;
  }
  return title;
}

// Splits a row into its title and the code at its end. The code's number is glued to the
// title ("Luật 60/2014/QH1360/2014/QH13"), so prefer the longest number whose code the title
// itself quotes, else the whole digit run.
std::string entry_for(std::string_view row, size_t code_slash) {
  size_t num_begin = code_slash;
  while (num_begin > 0 && (is_digit_at(row, num_begin - 1) || row[num_begin - 1] == '.'))
    --num_begin;
  while (num_begin < code_slash && row[num_begin] == '.') ++num_begin;  // the title's full stop
  for (size_t b = num_begin; b < code_slash; ++b) {
    if (!is_digit_at(row, b)) continue;
    std::string_view code = row.substr(b);
    std::string_view title = row.substr(0, b);
    if (title.find(code) != std::string_view::npos) return without_glued_tail(trim(title));
  }
  std::string title = trim(row.substr(0, num_begin));
  std::string code = trim(row.substr(num_begin));
  if (title.empty()) return code;
  if (title.find(code) != std::string::npos) return title;
  return title + " (" + code + ")";
}

}  // namespace

std::vector<std::string> parse_legal_basis(std::string_view text) {
  std::string_view s = text;
  if (s.substr(0, kPortalLegalHeader.size()) == kPortalLegalHeader)
    s.remove_prefix(kPortalLegalHeader.size());
  std::vector<std::string> out;
  size_t row_begin = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!year_slash_at(s, i)) continue;
    if (auto end = code_row_end(s, i)) {
      std::string e = entry_for(s.substr(row_begin, *end - row_begin), i - row_begin);
      if (!e.empty()) out.push_back(std::move(e));
      row_begin = *end;
      i = *end - 1;
    }
  }
  std::string rest = trim(s.substr(row_begin));
  if (!rest.empty()) out.push_back(rest);
  return out;
}

}  // namespace motcua::catalog::portal
