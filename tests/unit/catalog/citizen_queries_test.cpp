// Recall@3 of the catalogue search on queries typed the way citizens type them (issue 11,
// point 1), over the full published catalogue with the synonym and filler tables the server
// uses. Cases: tests/data/catalog/citizen_queries.tsv; skipped without ../shared/data.
#include "support/citizen_queries.hpp"

#include <gtest/gtest.h>

#include <cstdio>

#include "motcua/catalog/query_rewriter.hpp"
#include "unit/catalog/test_files.hpp"

namespace motcua::catalog {
namespace {

std::vector<motcua::testing::CitizenQuery> citizen_queries() {
  return motcua::testing::parse_citizen_queries(testing::fixture("citizen_queries.tsv"));
}

TEST(CitizenQueries, SetIsWellFormedAndLargeEnough) {
  const auto queries = citizen_queries();
  EXPECT_GE(queries.size(), 60u);
  for (const auto& q : queries) {
    EXPECT_FALSE(q.query.empty());
    EXPECT_FALSE(q.expected.empty()) << q.query;
  }
}

TEST(CitizenQueries, RecallAtThreeOverTheRealCatalogueIsAtLeast95Percent) {
  const auto data = testing::shared_data_dir();
  if (!data) GTEST_SKIP() << "../shared/data not present";
  const auto procedures = motcua::testing::load_portal_catalogue(*data);
  ASSERT_GE(procedures.size(), 2600u);
  const auto queries = citizen_queries();
  // Every expected code is in the catalogue, so a miss is the search's fault, not the set's.
  for (const auto& q : queries)
    for (const auto& code : q.expected)
      EXPECT_TRUE(std::any_of(procedures.begin(), procedures.end(),
                              [&](const auto& p) { return p.code == code; }))
          << code << " (" << q.query << ") is not in the catalogue";

  const ProcedureSearchIndex index(procedures, builtin_query_rewriter());
  const auto report = motcua::testing::measure_recall(index, queries);
  std::printf("recall@3 over %zu citizen queries: %.3f (%zu hits)\n", queries.size(),
              report.recall(), report.hits);
  for (const auto& miss : report.misses) std::printf("  miss: %s\n", miss.c_str());
  EXPECT_GE(report.recall(), 0.95);
}

}  // namespace
}  // namespace motcua::catalog
