#pragma once
// The rules a staff password must meet when an admin sets it (`motcua user add|passwd`; issue
// 14, point 4). They follow NIST SP 800-63B §5.1.1.2 rather than composition rules: a long
// enough secret that is not the username and not a commonly chosen password. Staff hold
// citizens' personal data (Law 91/2025/QH15 on personal data protection), so the floor is 12
// characters, above NIST's 8.
#include <optional>
#include <string_view>

namespace motcua::auth {

inline constexpr std::size_t kPasswordMinCharacters = 12;
inline constexpr std::size_t kPasswordMaxBytes = 256;  // Argon2 takes any length; a bound for input

enum class PasswordProblem {
  too_short,          // fewer than kPasswordMinCharacters characters (Unicode code points)
  too_long,           // more than kPasswordMaxBytes bytes of UTF-8
  contains_username,  // the username inside it, in any case and with or without accents
  one_character,      // one character repeated
  common,             // a commonly chosen password, or one followed by digits
};

// The first rule the password breaks, or nothing when it may be used.
std::optional<PasswordProblem> password_problem(std::string_view password,
                                                std::string_view username);

// What to tell the admin, in English and in Vietnamese.
std::string_view problem_en(PasswordProblem p);
std::string_view problem_vi(PasswordProblem p);

}  // namespace motcua::auth
