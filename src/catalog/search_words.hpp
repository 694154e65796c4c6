#pragma once
// Word-level helpers of the procedure search: spelling variants and typo distance.
#include <string>
#include <string_view>
#include <vector>

namespace motcua::catalog::search {

// The index form of a folded word. Vietnamese writes a final "i"/"y" after a consonant either
// way ("kí"/"ký", "lí"/"lý", "mĩ"/"mỹ"), so such a final "y" becomes "i"; "quy", "tuy" keep theirs.
std::string canonical_word(std::string_view folded_word);

// The word spelt with the initial consonant it is most often confused with, as regional
// pronunciation leads people to write it: ch/tr ("thường chú"), s/x, d/gi/r, l/n. The folded
// "d" also stands for "đ", so "d" is swapped only with "gi" and "r". Empty when no swap applies.
std::vector<std::string> spelling_variants(std::string_view folded_word);

// True when a and b differ by at most one insertion, deletion, substitution or swap of two
// neighbouring letters (optimal string alignment distance ≤ 1).
bool within_one_edit(std::string_view a, std::string_view b);

}  // namespace motcua::catalog::search
