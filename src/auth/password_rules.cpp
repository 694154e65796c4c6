#include "motcua/auth/password_rules.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "motcua/text/normalize.hpp"

namespace motcua::auth {

namespace {

// Passwords people choose first, in search form (no accents, lower case, no spaces): the
// lists of leaked passwords open with them, and Vietnamese offices add their own words. The
// empty stem stands for digits alone (a birthday, a phone number).
constexpr std::string_view kCommon[] = {
    "",           "password",   "passw0rd", "matkhau", "matkhaumoi", "qwerty",
    "qwertyuiop", "abc",        "abcd",     "abcdef",  "admin",      "administrator",
    "motcua",     "motcuademo", "letmein",  "welcome", "iloveyou",   "vietnam",
    "hanoi",      "danang",     "canbo",    "mothaiba"};

std::string without_spaces(std::string s) {
  std::erase(s, ' ');
  return s;
}

std::size_t code_points(std::string_view utf8) {
  // Every UTF-8 sequence has exactly one byte that is not a continuation byte (10xxxxxx);
  // to_nfc has replaced invalid sequences.
  return std::size_t(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool repeats_one_character(const std::string& utf8) {
  std::size_t first = 1;
  while (first < utf8.size() && (static_cast<unsigned char>(utf8[first]) & 0xC0) == 0x80) ++first;
  for (std::size_t at = 0; at < utf8.size(); at += first)
    if (utf8.compare(at, first, utf8, 0, first) != 0) return false;
  return utf8.size() % first == 0;
}

}  // namespace

std::optional<PasswordProblem> password_problem(std::string_view password,
                                                std::string_view username) {
  if (password.size() > kPasswordMaxBytes) return PasswordProblem::too_long;
  const std::string nfc = text::to_nfc(password);
  if (code_points(nfc) < kPasswordMinCharacters) return PasswordProblem::too_short;
  const std::string folded = without_spaces(text::fold_for_search(nfc));
  const std::string name = without_spaces(text::fold_for_search(username));
  if (!name.empty() && folded.find(name) != std::string::npos)
    return PasswordProblem::contains_username;
  if (repeats_one_character(nfc)) return PasswordProblem::one_character;
  // A common word followed by digits ("matkhau2026") is as guessable as the word.
  const std::string stem = folded.substr(0, folded.find_last_not_of("0123456789") + 1);
  if (!folded.empty() &&
      std::find(std::begin(kCommon), std::end(kCommon), stem) != std::end(kCommon))
    return PasswordProblem::common;
  return std::nullopt;
}

std::string_view problem_en(PasswordProblem p) {
  switch (p) {
    case PasswordProblem::too_short:
      return "the password must have at least 12 characters";
    case PasswordProblem::too_long:
      return "the password must have at most 256 bytes";
    case PasswordProblem::contains_username:
      return "the password must not contain the username";
    case PasswordProblem::one_character:
      return "the password must not be one character repeated";
    case PasswordProblem::common:
      return "the password is one that many people choose; choose another";
  }
  return "the password cannot be used";
}

std::string_view problem_vi(PasswordProblem p) {
  switch (p) {
    case PasswordProblem::too_short:
      return "mật khẩu phải có ít nhất 12 ký tự";
    case PasswordProblem::too_long:
      return "mật khẩu tối đa 256 byte";
    case PasswordProblem::contains_username:
      return "mật khẩu không được chứa tên đăng nhập";
    case PasswordProblem::one_character:
      return "mật khẩu không được là một ký tự lặp lại";
    case PasswordProblem::common:
      return "mật khẩu này quá phổ biến, hãy chọn mật khẩu khác";
  }
  return "không dùng được mật khẩu này";
}

}  // namespace motcua::auth
