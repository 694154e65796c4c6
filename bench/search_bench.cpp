// Catalogue search latency over the full published catalogue (issue 11, point 1): builds the
// search index as the server does from every portal record in ../shared/data/tthc, then times
// each citizen-typed query of tests/data/catalog/citizen_queries.tsv (first page of 20, as the
// portal asks) for a number of rounds, and prints p50, p99 and the slowest search, and the
// recall@3 of the same set; with the synonym and filler tables (as the server searches) and
// without them.
//   build/bench/search_bench [--rounds N] [--data DIR] [--queries FILE]
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "motcua/catalog/query_rewriter.hpp"
#include "support/citizen_queries.hpp"

using namespace motcua;
namespace fs = std::filesystem;

namespace {

using Steady = std::chrono::steady_clock;

double micros_since(Steady::time_point t0) {
  return std::chrono::duration<double, std::micro>(Steady::now() - t0).count();
}

// Builds an index over `procedures` with `rewriter`, times every query `rounds` times (first
// page of 20, as the portal asks) and prints p50, p99, the slowest, and recall@3.
void run(const char* label, const std::vector<catalog::Procedure>& procedures,
         const catalog::QueryRewriter& rewriter, const std::vector<testing::CitizenQuery>& queries,
         int rounds) {
  auto t0 = Steady::now();
  const catalog::ProcedureSearchIndex index(procedures, rewriter);
  const double build_ms = micros_since(t0) / 1000.0;
  for (const auto& q : queries) (void)index.search(q.query, {}, 20, 0);  // warm-up
  std::vector<double> micros;
  micros.reserve(queries.size() * static_cast<std::size_t>(rounds));
  for (int r = 0; r < rounds; ++r)
    for (const auto& q : queries) {
      t0 = Steady::now();
      auto found = index.search(q.query, {}, 20, 0);
      benchmark::DoNotOptimize(found);
      micros.push_back(micros_since(t0));
    }
  std::sort(micros.begin(), micros.end());
  auto pct = [&](double p) {
    return micros[std::min(micros.size() - 1, static_cast<std::size_t>(p * micros.size()))];
  };
  const auto recall = testing::measure_recall(index, queries);
  std::printf(
      "%-17s index %.1f ms; search p50 %.1f us, p99 %.1f us, max %.1f us; "
      "recall@3 %.3f (%zu of %zu)\n",
      label, build_ms, pct(0.50), pct(0.99), micros.back(), recall.recall(), recall.hits,
      recall.hits + recall.misses.size());
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 30;
  std::optional<fs::path> data = testing::shared_data_root(MOTCUA_SOURCE_DIR);
  fs::path queries_file = fs::path(MOTCUA_SOURCE_DIR) / "tests/data/catalog/citizen_queries.tsv";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : "";
    if (a == "--rounds") {
      rounds = std::max(1, std::atoi(v)), ++i;
    } else if (a == "--data") {
      data = fs::path(v), ++i;
    } else if (a == "--queries") {
      queries_file = v, ++i;
    } else {
      std::fprintf(stderr, "usage: %s [--rounds N] [--data DIR] [--queries FILE]\n", argv[0]);
      return 2;
    }
  }
  if (!data || !fs::is_directory(*data / "tthc" / "portal_records")) {
    std::fprintf(stderr, "no portal records: pass --data DIR (the folder holding tthc/)\n");
    return 1;
  }
  const auto queries = testing::parse_citizen_queries(testing::read_file_text(queries_file));
  if (queries.empty()) {
    std::fprintf(stderr, "no queries in %s\n", queries_file.c_str());
    return 1;
  }
  int rejected = 0;
  const auto procedures = testing::load_portal_catalogue(*data, &rejected);
  std::printf("catalogue: %zu procedures (%d records refused), %zu queries x %d rounds\n",
              procedures.size(), rejected, queries.size(), rounds);
  // As the server searches (with the synonym and filler tables), and without them: what the
  // rewriting costs and what it brings.
  run("with synonyms", procedures, catalog::builtin_query_rewriter(), queries, rounds);
  run("without synonyms", procedures, catalog::QueryRewriter(), queries, rounds);
  return 0;
}
