#include "motcua/catalog/search_index.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

#include "motcua/text/collation.hpp"
#include "motcua/text/normalize.hpp"
#include "search_words.hpp"

namespace motcua::catalog {

namespace {

constexpr std::size_t kMaxQueryWords = 16;
constexpr float kExact = 1.0f;
constexpr float kPrefix = 0.75f;
constexpr float kTypo = 0.6f;
// Spelt with a confused initial consonant ("chú" for "trú"): scored, but not counted among the
// words a procedure must match, or "chứng thực" would list every "… trung ương … thực hiện".
constexpr float kSpelling = 0.55f;
constexpr float kExtraWeight = 0.4f;  // a word found only in the field or agency
constexpr float kUnscored = -std::numeric_limits<float>::infinity();

std::vector<std::string> canonical_words(std::string_view text) {
  std::vector<std::string> words = text::search_tokens(text);
  for (auto& w : words) w = search::canonical_word(w);
  return words;
}

// Rewards query words that appear next to each other, in order, in the name: each adjacent
// pair found earns a little, the longest run of consecutive query words found as a phrase earns
// more (the whole query the most), and more again when that run opens the name (possibly after
// "Thủ tục"). A run rather than only the whole query, because citizens add words the name does
// not hold ("cấp lại giấy phép lái xe bị mất").
float phrase_bonus(const std::vector<int>& names, const std::vector<std::uint16_t>& mask,
                   std::size_t n, std::uint32_t all_words, std::size_t opening) {
  if (n < 2) return 0;
  std::uint32_t pairs = 0;  // bit q: words q and q+1 found adjacent
  std::size_t longest = 0;
  bool longest_opens = false;
  auto has = [&](std::size_t j, std::size_t q) {
    return (mask[static_cast<size_t>(names[j])] >> q) & 1u;
  };
  for (std::size_t j = 0; j < names.size(); ++j) {
    const std::uint32_t here = mask[static_cast<size_t>(names[j])];
    if (!here) continue;
    if (j + 1 < names.size()) pairs |= here & (mask[static_cast<size_t>(names[j + 1])] >> 1);
    for (std::size_t q = 0; q < n; ++q) {
      if (!((here >> q) & 1u)) continue;
      std::size_t run = 1;
      while (j + run < names.size() && q + run < n && has(j + run, q + run)) ++run;
      const bool opens = j == 0 || j == opening;
      if (run > longest || (run == longest && opens)) longest = run, longest_opens = opens;
    }
  }
  float bonus = 0;
  if (longest >= 2) {
    bonus += 0.5f * static_cast<float>(longest);
    if (longest_opens) bonus += 0.3f * static_cast<float>(longest);
  }
  return bonus + 0.25f * static_cast<float>(std::popcount(pairs & (all_words >> 1)));
}

}  // namespace

ProcedureSearchIndex::ProcedureSearchIndex(const std::vector<Procedure>& procedures,
                                           QueryRewriter rewriter)
    : rewriter_(std::move(rewriter)) {
  auto intern = [&](const std::string& w) {
    auto [it, added] = token_ids_.try_emplace(w, static_cast<int>(vocabulary_.size()));
    if (added) {
      vocabulary_.push_back(w);
      name_postings_.emplace_back();
      extra_postings_.emplace_back();
    }
    return it->second;
  };
  std::vector<std::string> keys;
  entries_.reserve(procedures.size());
  for (const Procedure& p : procedures) {
    const unsigned index = static_cast<unsigned>(entries_.size());
    Entry e;
    e.code = p.code;
    e.levels = p.levels;
    e.field_folded = text::fold_for_search(p.field);
    e.agency_folded = text::fold_for_search(p.implementing_agency) + " | " +
                      text::fold_for_search(p.competent_agency);
    for (const auto& w : canonical_words(p.name)) {
      int id = intern(w);
      e.name_tokens.push_back(id);
      auto& post = name_postings_[static_cast<size_t>(id)];
      if (post.empty() || post.back() != index) post.push_back(index);
    }
    for (const auto& w : canonical_words(p.field + " " + p.implementing_agency)) {
      int id = intern(w);
      e.extra_tokens.push_back(id);
      auto& post = extra_postings_[static_cast<size_t>(id)];
      if (post.empty() || post.back() != index) post.push_back(index);
    }
    const auto thu = token_ids_.find("thu"), tuc = token_ids_.find("tuc");
    if (e.name_tokens.size() > 2 && thu != token_ids_.end() && tuc != token_ids_.end() &&
        e.name_tokens[0] == thu->second && e.name_tokens[1] == tuc->second)
      e.opening = 2;
    by_code_.try_emplace(p.code, index);
    keys.push_back(text::collation_key(p.name));
    entries_.push_back(std::move(e));
  }
  name_order_.resize(entries_.size());
  for (unsigned i = 0; i < name_order_.size(); ++i) name_order_[i] = i;
  std::stable_sort(name_order_.begin(), name_order_.end(),
                   [&](unsigned a, unsigned b) { return keys[a] < keys[b]; });
  for (std::size_t r = 0; r < name_order_.size(); ++r) entries_[name_order_[r]].name_rank = r;
}

int ProcedureSearchIndex::token_id(const std::string& token) const {
  auto it = token_ids_.find(token);
  return it == token_ids_.end() ? -1 : it->second;
}

std::vector<ProcedureSearchIndex::Expansion> ProcedureSearchIndex::exact(
    const std::string& word) const {
  if (int id = token_id(word); id >= 0) return {{id, kExact}};
  return {};
}

std::vector<ProcedureSearchIndex::Expansion> ProcedureSearchIndex::expand(const std::string& word,
                                                                          bool last) const {
  std::vector<Expansion> out;
  if (int id = token_id(word); id >= 0) out.push_back({id, kExact});
  for (const auto& variant : search::spelling_variants(word))
    if (int id = token_id(variant); id >= 0) out.push_back({id, kSpelling});
  const bool typo_ok = word.size() >= 4;
  if (!last && !typo_ok) return out;
  for (std::size_t id = 0; id < vocabulary_.size(); ++id) {
    const std::string& v = vocabulary_[id];
    if (v == word) continue;
    if (last && v.size() > word.size() && v.compare(0, word.size(), word) == 0) {
      out.push_back({static_cast<int>(id), kPrefix});
    } else if (typo_ok && v.size() >= 3 && search::within_one_edit(v, word)) {
      out.push_back({static_cast<int>(id), kTypo});
    }
  }
  return out;
}

bool ProcedureSearchIndex::passes(const Entry& e, const SearchFilters& f, const std::string& field,
                                  const std::string& agency) const {
  if (f.level && std::find(e.levels.begin(), e.levels.end(), *f.level) == e.levels.end())
    return false;
  if (!field.empty() && e.field_folded != field) return false;
  if (!agency.empty() && e.agency_folded.find(agency) == std::string::npos) return false;
  return true;
}

void ProcedureSearchIndex::score_variant(const QueryVariant& variant, const SearchFilters& filters,
                                         const std::string& field, const std::string& agency,
                                         std::vector<float>& best,
                                         std::vector<unsigned>& touched) const {
  const std::vector<std::string>& words = variant.words;
  const std::size_t n = words.size();
  if (n == 0) return;
  // match_mask[token] has bit q set when that vocabulary word matches query word q.
  std::vector<std::vector<Expansion>> expansions(n);
  std::vector<std::uint16_t> match_mask(vocabulary_.size(), 0);
  for (std::size_t q = 0; q < n; ++q) {
    expansions[q] = variant.typed[q] ? expand(words[q], q + 1 == n && variant.last_word_typed)
                                     : exact(words[q]);
    for (const auto& x : expansions[q])
      match_mask[static_cast<size_t>(x.token)] |= static_cast<std::uint16_t>(1u << q);
  }

  // Best quality of each query word per procedure, in the name and in the extra words.
  std::vector<float> in_name(entries_.size() * n, 0.0f), in_extra(entries_.size() * n, 0.0f);
  std::vector<unsigned> candidates;
  std::vector<char> seen(entries_.size(), 0);
  for (std::size_t q = 0; q < n; ++q) {
    for (const auto& x : expansions[q]) {
      for (unsigned e : name_postings_[static_cast<size_t>(x.token)]) {
        float& slot = in_name[e * n + q];
        slot = std::max(slot, x.quality);
        if (!seen[e]) seen[e] = 1, candidates.push_back(e);
      }
      for (unsigned e : extra_postings_[static_cast<size_t>(x.token)]) {
        float& slot = in_extra[e * n + q];
        slot = std::max(slot, x.quality);
        if (!seen[e]) seen[e] = 1, candidates.push_back(e);
      }
    }
  }

  const std::size_t needed = (2 * n + 2) / 3;  // two thirds of the words, rounded up
  const std::uint32_t all_words = (1u << n) - 1;
  for (unsigned e : candidates) {
    const Entry& entry = entries_[e];
    std::size_t matched = 0, matched_in_name = 0;
    float score = 0;
    for (std::size_t q = 0; q < n; ++q) {
      const float word = std::max(in_name[e * n + q], kExtraWeight * in_extra[e * n + q]);
      if (std::max(in_name[e * n + q], in_extra[e * n + q]) > kSpelling) ++matched;
      if (in_name[e * n + q] > 0) ++matched_in_name;
      score += word;
    }
    if (matched < needed || !passes(entry, filters, field, agency)) continue;
    if (matched_in_name == n) score += static_cast<float>(n);
    score += phrase_bonus(entry.name_tokens, match_mask, n, all_words, entry.opening);
    score -= 0.02f * static_cast<float>(entry.name_tokens.size());
    score /= static_cast<float>(n);
    if (best[e] == kUnscored) touched.push_back(e);
    best[e] = std::max(best[e], score);
  }
}

SearchResult ProcedureSearchIndex::search(std::string_view query, const SearchFilters& filters,
                                          std::size_t limit, std::size_t offset) const {
  SearchResult result;
  const std::string field = text::fold_for_search(filters.field);
  const std::string agency = text::fold_for_search(filters.agency);
  std::vector<std::string> words = canonical_words(query);
  if (words.size() > kMaxQueryWords) words.resize(kMaxQueryWords);
  auto page = [&](const std::vector<unsigned>& ranked) {
    result.total = ranked.size();
    for (std::size_t i = offset; i < ranked.size() && result.codes.size() < limit; ++i)
      result.codes.push_back(entries_[ranked[i]].code);
  };

  const std::string trimmed = text::clean_text(query);
  if (!trimmed.empty() && trimmed.find_first_not_of("0123456789.") == std::string::npos &&
      trimmed.find('.') != std::string::npos) {
    // A (partial) procedure code such as "1.0042": the procedures whose code starts with it.
    std::vector<unsigned> hits;
    for (unsigned i = 0; i < entries_.size(); ++i)
      if (entries_[i].code.rfind(trimmed, 0) == 0 && passes(entries_[i], filters, field, agency))
        hits.push_back(i);
    std::sort(hits.begin(), hits.end(),
              [&](unsigned a, unsigned b) { return entries_[a].code < entries_[b].code; });
    page(hits);
    return result;
  }

  if (words.empty()) {
    std::vector<unsigned> all;
    for (unsigned i : name_order_)
      if (passes(entries_[i], filters, field, agency)) all.push_back(i);
    page(all);
    return result;
  }

  // Each reading of the query is scored on its own; a procedure keeps its best score, per
  // query word so that readings of different lengths compare.
  std::vector<float> best(entries_.size(), kUnscored);
  std::vector<unsigned> touched;
  for (auto& variant : rewriter_.rewrite(words)) {
    if (variant.words.size() > kMaxQueryWords) {
      variant.words.resize(kMaxQueryWords);
      variant.typed.resize(kMaxQueryWords);
      variant.last_word_typed = false;
    }
    score_variant(variant, filters, field, agency, best, touched);
  }
  std::vector<std::pair<float, unsigned>> scored;
  scored.reserve(touched.size());
  for (unsigned e : touched) scored.push_back({best[e], e});

  // A query that is a code puts that procedure first, whatever its words.
  if (auto it = by_code_.find(trimmed);
      it != by_code_.end() && passes(entries_[it->second], filters, field, agency)) {
    auto pos = std::find_if(scored.begin(), scored.end(),
                            [&](const auto& s) { return s.second == it->second; });
    if (pos == scored.end())
      scored.push_back({1e9f, it->second});
    else
      pos->first = 1e9f;
  }

  std::sort(scored.begin(), scored.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return entries_[a.second].name_rank < entries_[b.second].name_rank;
  });
  std::vector<unsigned> ranked;
  ranked.reserve(scored.size());
  for (const auto& s : scored) ranked.push_back(s.second);
  page(ranked);
  return result;
}

}  // namespace motcua::catalog
