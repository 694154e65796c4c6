#pragma once
// How citizens say it → how the catalogue says it. A query is rewritten before it is searched:
// colloquial phrases ("sổ đỏ", "bằng lái", "cắt hộ khẩu") become the catalogue's words
// ("giấy chứng nhận quyền sử dụng đất", "giấy phép lái xe", "xóa đăng ký thường trú"), and
// filler words that say nothing of the procedure ("xin", "làm", "ở đâu") are dropped. Both
// tables are data (data/embed/catalog/synonyms.tsv and fillers.tsv); this file only applies
// them. Immutable after construction, so any number of threads may rewrite at once.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/common/result.hpp"

namespace motcua::catalog {

// One way to read a query: its words (folded, in the index's canonical form), which of them the
// user typed (the others come from the table, spelt as the catalogue spells them, so they are
// matched exactly), and whether the last of them is the last word the user typed, so that it
// may still be unfinished (a prefix).
struct QueryVariant {
  std::vector<std::string> words;
  std::vector<bool> typed;  // parallel to words
  bool last_word_typed = true;
};

// One row of a table, in folded canonical words.
struct RewriteRule {
  std::vector<std::string> phrase;
  std::vector<std::vector<std::string>> replacements;  // empty for a filler
};

class QueryRewriter {
 public:
  // Rewrites nothing: every query is its own only variant.
  QueryRewriter() = default;

  // synonyms_tsv: `colloquial phrase<TAB>replacement[ | replacement…]` per line; fillers: one
  // phrase per line; in both, '#' starts a comment line and blank lines are ignored. A phrase
  // is compared accent- and case-insensitively, word by word. Fails (invalid, naming the file
  // and line) on a row without a tab, an empty phrase or replacement, or a phrase listed twice.
  static Result<QueryRewriter> parse(std::string_view synonyms_tsv, std::string_view fillers);

  // The readings of `words` (the query's folded canonical words), at most kMaxVariants:
  //  - at each position the longest phrase of either table that matches wins (a synonym over a
  //    filler of the same length); a word of 5 letters or more also matches with one typo;
  //  - a synonym puts its replacement in place of the phrase; with several replacements each
  //    gives a variant of its own (the first ones, when there are more than kMaxVariants);
  //  - fillers are dropped, unless nothing else is left, then the query is kept as typed;
  //  - a word that appears twice in a variant is kept only the first time.
  // Without any match the only variant is the words as they are.
  std::vector<QueryVariant> rewrite(const std::vector<std::string>& words) const;

  const std::vector<RewriteRule>& synonyms() const { return synonyms_; }
  const std::vector<RewriteRule>& fillers() const { return fillers_; }

  static constexpr std::size_t kMaxVariants = 4;

 private:
  using Rule = RewriteRule;
  // The longest rule matching at words[at] (nullptr when none), and how many words it covers.
  const Rule* match(const std::vector<std::string>& words, std::size_t at,
                    std::size_t& length) const;

  std::vector<Rule> synonyms_;
  std::vector<Rule> fillers_;
};

// The rewriter built from the tables embedded in the binary (data/embed/catalog/). Throws
// std::logic_error when they are missing or malformed: a build that ships broken tables is a
// broken build, which the unit tests catch.
const QueryRewriter& builtin_query_rewriter();

}  // namespace motcua::catalog
