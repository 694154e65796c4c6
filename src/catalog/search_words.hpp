#pragma once
// Word-level helpers of the procedure search: spelling variants and typo distance.
#include <string>
#include <string_view>

namespace motcua::catalog::search {

// The index form of a folded word. Vietnamese writes a final "i"/"y" after a consonant either
// way ("kí"/"ký", "lí"/"lý", "mĩ"/"mỹ"), so such a final "y" becomes "i"; "quy", "tuy" keep theirs.
std::string canonical_word(std::string_view folded_word);

// True when a and b differ by at most one insertion, deletion, substitution or swap of two
// neighbouring letters (optimal string alignment distance ≤ 1).
bool within_one_edit(std::string_view a, std::string_view b);

}  // namespace motcua::catalog::search
