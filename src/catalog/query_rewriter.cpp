#include "motcua/catalog/query_rewriter.hpp"

#include <algorithm>
#include <stdexcept>

#include "motcua/common/embedded.hpp"
#include "motcua/common/tsv.hpp"
#include "motcua/text/normalize.hpp"
#include "search_words.hpp"

namespace motcua::catalog {

namespace {

constexpr std::size_t kTypoMinLetters = 5;

std::vector<std::string> phrase_words(std::string_view text) {
  std::vector<std::string> words = text::search_tokens(text);
  for (auto& w : words) w = search::canonical_word(w);
  return words;
}

bool word_matches(const std::string& typed, const std::string& listed) {
  if (typed == listed) return true;
  return typed.size() >= kTypoMinLetters && listed.size() >= kTypoMinLetters &&
         search::within_one_edit(typed, listed);
}

}  // namespace

Result<QueryRewriter> QueryRewriter::parse(std::string_view synonyms_tsv,
                                           std::string_view fillers) {
  QueryRewriter out;
  auto listed_twice = [](const std::vector<Rule>& rules, const std::vector<std::string>& phrase) {
    for (const auto& r : rules)
      if (r.phrase == phrase) return true;
    return false;
  };
  MOTCUA_TRY(tsv::for_each_line(synonyms_tsv, [&](int line_no, std::string_view line) -> Status {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      return tsv::row_error("synonyms.tsv", line_no, "expected phrase<TAB>replacement");
    Rule rule;
    rule.phrase = phrase_words(line.substr(0, tab));
    if (rule.phrase.empty()) return tsv::row_error("synonyms.tsv", line_no, "empty phrase");
    std::string_view rest = line.substr(tab + 1);
    while (true) {
      const std::size_t bar = rest.find('|');
      auto words = phrase_words(rest.substr(0, bar));
      if (words.empty()) return tsv::row_error("synonyms.tsv", line_no, "empty replacement");
      rule.replacements.push_back(std::move(words));
      if (bar == std::string_view::npos) break;
      rest = rest.substr(bar + 1);
    }
    if (listed_twice(out.synonyms_, rule.phrase))
      return tsv::row_error("synonyms.tsv", line_no, "phrase listed twice");
    out.synonyms_.push_back(std::move(rule));
    return ok_status();
  }));
  MOTCUA_TRY(tsv::for_each_line(fillers, [&](int line_no, std::string_view line) -> Status {
    Rule rule;
    rule.phrase = phrase_words(line);
    if (rule.phrase.empty()) return tsv::row_error("fillers.tsv", line_no, "empty phrase");
    if (listed_twice(out.fillers_, rule.phrase) || listed_twice(out.synonyms_, rule.phrase))
      return tsv::row_error("fillers.tsv", line_no, "phrase listed twice");
    out.fillers_.push_back(std::move(rule));
    return ok_status();
  }));
  return out;
}

const QueryRewriter::Rule* QueryRewriter::match(const std::vector<std::string>& words,
                                                std::size_t at, std::size_t& length) const {
  const Rule* best = nullptr;
  length = 0;
  auto consider = [&](const std::vector<Rule>& rules) {
    for (const auto& r : rules) {
      const std::size_t n = r.phrase.size();
      if (n <= length || at + n > words.size()) continue;
      bool all = true;
      for (std::size_t i = 0; i < n && all; ++i) all = word_matches(words[at + i], r.phrase[i]);
      if (all) best = &r, length = n;
    }
  };
  consider(synonyms_);  // first, so that a filler needs to be longer to win
  consider(fillers_);
  return best;
}

std::vector<QueryVariant> QueryRewriter::rewrite(const std::vector<std::string>& words) const {
  // Each position of the rewritten query holds one or more alternatives (several only for a
  // synonym with several replacements); `typed` marks a word kept as the user typed it.
  struct Slot {
    const std::vector<std::vector<std::string>>* alternatives = nullptr;
    std::string typed;
  };
  std::vector<Slot> slots;
  bool rewritten = false;
  bool last_kept = false;  // the last word typed is still there, as typed
  for (std::size_t at = 0; at < words.size();) {
    std::size_t length = 0;
    const Rule* rule = match(words, at, length);
    if (!rule) {
      slots.push_back({nullptr, words[at]});
      last_kept = at + 1 == words.size();
      ++at;
      continue;
    }
    rewritten = true;
    if (!rule->replacements.empty()) slots.push_back({&rule->replacements, {}});
    at += length;
  }
  if (!rewritten || slots.empty())
    return {QueryVariant{words, std::vector<bool>(words.size(), true), true}};

  std::vector<QueryVariant> variants{QueryVariant{}};
  for (const auto& slot : slots) {
    if (!slot.alternatives) {
      for (auto& v : variants) {
        v.words.push_back(slot.typed);
        v.typed.push_back(true);
      }
      continue;
    }
    std::vector<QueryVariant> next;
    for (const auto& v : variants)
      for (const auto& alternative : *slot.alternatives) {
        if (next.size() == kMaxVariants) break;
        QueryVariant grown = v;
        grown.words.insert(grown.words.end(), alternative.begin(), alternative.end());
        grown.typed.insert(grown.typed.end(), alternative.size(), false);
        next.push_back(std::move(grown));
      }
    variants = std::move(next);
  }
  for (auto& v : variants) {
    std::vector<std::string> unique;
    std::vector<bool> typed;
    for (std::size_t k = 0; k < v.words.size(); ++k)
      if (std::find(unique.begin(), unique.end(), v.words[k]) == unique.end()) {
        unique.push_back(v.words[k]);
        typed.push_back(v.typed[k]);
      }
    v.last_word_typed = last_kept && !unique.empty() && unique.back() == words.back();
    v.words = std::move(unique);
    v.typed = std::move(typed);
  }
  return variants;
}

const QueryRewriter& builtin_query_rewriter() {
  static const QueryRewriter rewriter = [] {
    const auto synonyms = embedded::find("catalog/synonyms.tsv");
    const auto fillers = embedded::find("catalog/fillers.tsv");
    if (!synonyms || !fillers)
      throw std::logic_error("catalog/synonyms.tsv or catalog/fillers.tsv is not embedded");
    auto parsed = QueryRewriter::parse(*synonyms, *fillers);
    if (!parsed.ok()) throw std::logic_error(parsed.error().message);
    return std::move(*parsed);
  }();
  return rewriter;
}

}  // namespace motcua::catalog
