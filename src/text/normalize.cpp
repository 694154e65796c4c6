#include "motcua/text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace motcua::text {

bool is_valid_utf8(std::string_view bytes) {
  if (bytes.size() > std::size_t(INT32_MAX)) return false;
  // Preflighting (no buffer) converts nothing: a well-formed input ends in
  // U_BUFFER_OVERFLOW_ERROR (or no error when empty), an ill-formed one in U_INVALID_CHAR_FOUND.
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, bytes.data(), int32_t(bytes.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || status == U_ZERO_ERROR ||
         status == U_STRING_NOT_TERMINATED_WARNING;
}

std::string_view truncate_utf8(std::string_view valid, std::size_t max_bytes) {
  if (valid.size() <= max_bytes) return valid;
  // The byte just past the cut: when it continues a character, the cut moves back to where
  // that character starts.
  auto end = int32_t(max_bytes);
  U8_SET_CP_START(reinterpret_cast<const uint8_t*>(valid.data()), 0, end);
  return valid.substr(0, std::size_t(end));
}

namespace {

constexpr UChar32 kNoBreakSpace = 0x00A0;

// ICU's normaliser singletons are immutable after creation, so sharing them is thread-safe.
const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFC data missing");
  return *n;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFD data missing");
  return *n;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out.append(buf, static_cast<size_t>(len));
}

}  // namespace

std::string to_nfc(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.findAndReplace(icu::UnicodeString(kNoBreakSpace), icu::UnicodeString(u' '));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc().normalize(s, status);
  if (U_FAILURE(status)) return to_utf8(s);
  return to_utf8(out);
}

std::string clean_text(std::string_view utf8) {
  std::string s = to_nfc(utf8);
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = true;
      continue;
    }
    if (c == '\n') {
      // A line break swallows the spaces around it.
      pending_space = false;
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out.push_back('\n');
      continue;
    }
    if (pending_space && !out.empty() && out.back() != '\n') out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  size_t begin = out.find_first_not_of(" \n");
  if (begin == std::string::npos) return {};
  size_t end = out.find_last_not_of(" \n");
  return out.substr(begin, end - begin + 1);
}

std::string fold_for_search(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  auto emit = [&](UChar32 c) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else
      append_utf8(out, c);
  };
  auto fold_one = [&](UChar32 c) {
    if (u_charType(c) == U_NON_SPACING_MARK) return;  // the tone and vowel marks after NFD
    if (c == 0x0110 || c == 0x0111) c = 'd';          // đ/Đ have no decomposition in Unicode
    if (u_isalnum(c)) {
      emit(u_tolower(c));
    } else {
      pending_space = true;
    }
  };
  if (is_ascii(utf8)) {
    for (unsigned char c : utf8) fold_one(c);
    return out;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd().normalize(s, status);
  if (U_FAILURE(status)) d = s;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    fold_one(c);
  }
  return out;
}

std::vector<std::string> split_tokens(std::string_view folded) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    if (j > i) out.emplace_back(folded.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::vector<std::string> search_tokens(std::string_view utf8) {
  return split_tokens(fold_for_search(utf8));
}

}  // namespace motcua::text
