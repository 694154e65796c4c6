#pragma once
// The citizen-typed query set (tests/data/catalog/citizen_queries.tsv) and the real published
// catalogue (../shared/data/tthc/portal_records), shared by the recall test and the search
// benchmark. Header-only so that both the unit tests and the benchmarks can use it.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "motcua/catalog/portal_record.hpp"
#include "motcua/catalog/procedure.hpp"
#include "motcua/catalog/search_index.hpp"

namespace motcua::testing {

struct CitizenQuery {
  std::string query;
  std::vector<std::string> expected;  // any one of them in the top 3 is a hit
  std::string note;
};

inline std::string read_file_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Rows of `query<TAB>codes<TAB>note`; '#' lines are comments. Malformed rows are returned with
// no expected code, so that a test fails on them instead of skipping them.
inline std::vector<CitizenQuery> parse_citizen_queries(const std::string& tsv) {
  std::vector<CitizenQuery> out;
  std::istringstream lines(tsv);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    CitizenQuery q;
    const auto tab1 = line.find('\t');
    q.query = line.substr(0, tab1);
    if (tab1 != std::string::npos) {
      const auto tab2 = line.find('\t', tab1 + 1);
      std::istringstream codes(
          line.substr(tab1 + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab1 - 1));
      for (std::string c; codes >> c;) q.expected.push_back(c);
      if (tab2 != std::string::npos) q.note = line.substr(tab2 + 1);
    }
    out.push_back(std::move(q));
  }
  return out;
}

// ../shared/data (MOTCUA_SHARED_DIR, or next to the source tree) when it holds the portal
// records; nothing otherwise.
inline std::optional<std::filesystem::path> shared_data_root(const std::filesystem::path& source) {
  std::filesystem::path base = source / ".." / "shared";
  if (const char* s = std::getenv("MOTCUA_SHARED_DIR")) base = s;
  const auto data = base / "data";
  if (std::filesystem::is_directory(data / "tthc" / "portal_records")) return data;
  return std::nullopt;
}

// Every portal record under data/tthc/portal_records, parsed as `motcua import tthc` parses
// them; *rejected counts the records the parser refused.
inline std::vector<catalog::Procedure> load_portal_catalogue(const std::filesystem::path& data,
                                                             int* rejected = nullptr) {
  std::vector<std::filesystem::path> files;
  for (const auto& e :
       std::filesystem::recursive_directory_iterator(data / "tthc" / "portal_records"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<catalog::Procedure> out;
  int refused = 0;
  for (const auto& f : files) {
    auto r = catalog::parse_portal_record(read_file_text(f));
    if (r.ok())
      out.push_back(std::move(r->procedure));
    else
      ++refused;
  }
  if (rejected) *rejected = refused;
  return out;
}

struct RecallReport {
  std::size_t hits = 0;
  std::vector<std::string> misses;  // "query → expected; got a, b, c"
  double recall() const {
    const std::size_t n = hits + misses.size();
    return n == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(n);
  }
};

// Recall@k of `index` over `queries`: the share of queries with an expected code in the top k.
inline RecallReport measure_recall(const catalog::ProcedureSearchIndex& index,
                                   const std::vector<CitizenQuery>& queries, std::size_t k = 3) {
  RecallReport report;
  for (const auto& q : queries) {
    const auto found = index.search(q.query, {}, k, 0);
    const bool hit = std::any_of(q.expected.begin(), q.expected.end(), [&](const auto& code) {
      return std::find(found.codes.begin(), found.codes.end(), code) != found.codes.end();
    });
    if (hit) {
      ++report.hits;
      continue;
    }
    std::string miss = "\"" + q.query + "\" → ";
    for (const auto& c : q.expected) miss += c + " ";
    miss += "; got";
    for (const auto& c : found.codes) miss += " " + c;
    report.misses.push_back(std::move(miss));
  }
  return report;
}

}  // namespace motcua::testing
