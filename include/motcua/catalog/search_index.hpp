#pragma once
// In-memory full-text search over the procedure catalogue (names, fields, agencies).
// Built once from a list of procedures and immutable afterwards, so any number of threads may
// call search() at once; rebuild a new index (and swap a shared_ptr) after an import.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "motcua/catalog/procedure.hpp"
#include "motcua/catalog/query_rewriter.hpp"

namespace motcua::catalog {

struct SearchFilters {
  std::optional<Level> level;  // procedures implemented at this level
  std::string field;           // lĩnh vực, compared accent- and case-insensitively; empty = any
  std::string agency;          // part of the implementing or competent agency's name; empty = any
};

struct SearchResult {
  std::vector<std::string> codes;  // the requested page, best first
  std::size_t total = 0;           // matches before paging
};

class ProcedureSearchIndex {
 public:
  // rewriter: how citizens' words map to the catalogue's (the server passes
  // builtin_query_rewriter()); the default rewrites nothing.
  explicit ProcedureSearchIndex(const std::vector<Procedure>& procedures,
                                QueryRewriter rewriter = {});

  // Ranked codes for query (any mix of accents, đ/d, case and punctuation). The query is first
  // rewritten (QueryRewriter: colloquial phrases → the catalogue's words, fillers dropped);
  // each reading is ranked as below and a procedure keeps its best score per query word.
  //  1. a query that is a (partial) code, e.g. "1.0011", lists the procedures whose code starts
  //     with it, in code order; a query equal to a code (e.g. with spaces) puts it first;
  //  2. names holding every query word rank above names holding some; a procedure must match
  //     at least two thirds of the words (in its name, field or agency) to be listed;
  //  3. the words as a phrase in the name, and at the name's start, earn a bonus; shorter
  //     names win ties;
  //  4. a word matches exactly, as an i/y spelling variant ("kí" = "ký"), as a prefix when it
  //     is the last word typed, or with one typo (edit distance 1) when it has ≥ 4 letters.
  // An empty query lists every procedure passing the filters in Vietnamese name order.
  SearchResult search(std::string_view query, const SearchFilters& filters = {},
                      std::size_t limit = 20, std::size_t offset = 0) const;

  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string code;
    std::vector<int> name_tokens;   // vocabulary ids in name order
    std::vector<int> extra_tokens;  // field and agency words, weaker evidence
    std::vector<Level> levels;
    std::string field_folded;
    std::string agency_folded;
    std::size_t name_rank = 0;  // position in Vietnamese name order
    std::size_t opening = 0;    // 2 when the name opens with "Thủ tục", else 0
  };
  struct Expansion {
    int token = 0;
    float quality = 0;
  };

  int token_id(const std::string& token) const;
  // A typed word: exact, spelling variants, typos, and a prefix when `last`.
  std::vector<Expansion> expand(const std::string& word, bool last) const;
  // A word from the synonym table: spelt as the catalogue spells it.
  std::vector<Expansion> exact(const std::string& word) const;
  // Scores every procedure matching one reading of the query into best (score per query word,
  // kept when higher), listing in touched those scored for the first time.
  void score_variant(const QueryVariant& variant, const SearchFilters& filters,
                     const std::string& field, const std::string& agency, std::vector<float>& best,
                     std::vector<unsigned>& touched) const;
  bool passes(const Entry& e, const SearchFilters& f, const std::string& field,
              const std::string& agency) const;

  QueryRewriter rewriter_;
  std::vector<Entry> entries_;
  std::vector<std::string> vocabulary_;
  std::unordered_map<std::string, int> token_ids_;
  std::vector<std::vector<unsigned>> name_postings_;   // token id → entries (ascending)
  std::vector<std::vector<unsigned>> extra_postings_;  // token id → entries (ascending)
  std::unordered_map<std::string, unsigned> by_code_;
  std::vector<unsigned> name_order_;  // entries in Vietnamese name order
};

}  // namespace motcua::catalog
