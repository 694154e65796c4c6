#include "motcua/dossier/personal_data.hpp"

#include <openssl/crypto.h>

#include <algorithm>

namespace motcua::dossier {

namespace {

constexpr std::string_view kHidden = "***";

// Keeps `head` leading and `tail` trailing characters (ASCII: identity numbers and phones are
// digits); the rest become '*'. Too short to keep anything safely: all '*'.
std::string keep_ends(std::string_view s, std::size_t head, std::size_t tail) {
  if (s.size() < head + tail + 2) return std::string(s.size(), '*');
  return std::string(s.substr(0, head)) + std::string(s.size() - head - tail, '*') +
         std::string(s.substr(s.size() - tail));
}

// The length in bytes of the UTF-8 character that starts with `lead`.
std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string mask_id_number(std::string_view id) { return keep_ends(id, 3, 3); }

std::string mask_phone(std::string_view phone) { return keep_ends(phone, 3, 3); }

std::string mask_email(std::string_view email) {
  if (email.empty()) return {};
  const auto at = email.rfind('@');
  if (at == std::string_view::npos || at == 0) return std::string(kHidden);
  const std::size_t first = std::min(utf8_length(static_cast<unsigned char>(email[0])), at);
  // One '*' a character hidden (bytes 10xxxxxx continue a character).
  std::size_t hidden = 0;
  for (std::size_t i = first; i < at; ++i)
    hidden += (static_cast<unsigned char>(email[i]) >> 6) != 2;
  return std::string(email.substr(0, first)) + std::string(hidden, '*') +
         std::string(email.substr(at));
}

std::string mask_address(std::string_view address) {
  if (address.empty()) return {};
  const auto comma = address.find(',');
  if (comma == std::string_view::npos) return std::string(kHidden);
  auto place = trim(address.substr(comma + 1));
  while (!place.empty() && place.back() == ',') place = trim(place.substr(0, place.size() - 1));
  return place.empty() ? std::string(kHidden) : std::string(kHidden) + ", " + std::string(place);
}

Applicant masked(const Applicant& a) {
  return {a.full_name, mask_id_number(a.id_number), mask_phone(a.phone), mask_email(a.email),
          mask_address(a.address)};
}

bool phone_digits_match(std::string_view stored_last4, std::string_view given) {
  return stored_last4.size() == 4 && given.size() == 4 &&
         CRYPTO_memcmp(stored_last4.data(), given.data(), 4) == 0;
}

}  // namespace motcua::dossier
