#include "search_words.hpp"

namespace motcua::catalog::search {

namespace {
bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}
}  // namespace

std::string canonical_word(std::string_view w) {
  std::string out(w);
  if (out.size() >= 2 && out.back() == 'y' && !is_vowel(out[out.size() - 2])) out.back() = 'i';
  return out;
}

std::vector<std::string> spelling_variants(std::string_view w) {
  struct Swap {
    std::string_view from, to;
  };
  static constexpr Swap kSwaps[] = {{"ch", "tr"}, {"tr", "ch"}, {"gi", "d"}, {"gi", "r"},
                                    {"s", "x"},   {"x", "s"},   {"d", "gi"}, {"d", "r"},
                                    {"r", "d"},   {"r", "gi"},  {"l", "n"},  {"n", "l"}};
  std::vector<std::string> out;
  if (w.size() < 3) return out;
  for (const auto& s : kSwaps) {
    if (!w.starts_with(s.from)) continue;
    // "nh" and "ng" are consonants of their own, not an "n".
    if (s.from == "n" && (w[1] == 'h' || w[1] == 'g')) continue;
    std::string v(s.to);
    v.append(w.substr(s.from.size()));
    out.push_back(std::move(v));
  }
  return out;
}

bool within_one_edit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;  // equal, or b has one extra letter at the end
  if (a.size() == b.size()) {
    // One substitution, or a swap of neighbours.
    if (a.substr(i + 1) == b.substr(i + 1)) return true;
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);  // one insertion into a
}

}  // namespace motcua::catalog::search
