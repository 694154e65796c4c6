#pragma once
// Vietnamese text utilities: Unicode normalisation and the folding used for search.
// Every function is pure and safe to call from many threads at once.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::text {

// Whether the bytes are well-formed UTF-8 (no stray, overlong or truncated sequence, no
// surrogate): what a request's path and query must be before any of it reaches the database.
bool is_valid_utf8(std::string_view bytes);

// The longest prefix of well-formed UTF-8 `valid` of at most `max_bytes` bytes that ends on a
// character boundary: a cut never leaves half a "ệ".
std::string_view truncate_utf8(std::string_view valid, std::size_t max_bytes);

// NFC form of UTF-8 text; U+00A0 (no-break space) becomes an ordinary space, because the
// national data mixes both inside names. Invalid UTF-8 sequences become U+FFFD.
std::string to_nfc(std::string_view utf8);

// NFC, no-break spaces replaced, leading/trailing white space removed and every run of
// spaces/tabs inside collapsed to one space (line breaks are kept).
std::string clean_text(std::string_view utf8);

// The search form of text: NFD, combining marks removed, đ/Đ → d, lower-case, and every run
// of white space or punctuation collapsed to one ASCII space (no leading/trailing space).
// "Thủ tục  Đăng ký, khai sinh" → "thu tuc dang ky khai sinh".
std::string fold_for_search(std::string_view utf8);

// The words of already folded text (split on spaces).
std::vector<std::string> split_tokens(std::string_view folded);

// fold_for_search followed by split_tokens.
std::vector<std::string> search_tokens(std::string_view utf8);

}  // namespace motcua::text
