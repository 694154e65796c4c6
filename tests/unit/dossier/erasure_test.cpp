// dossier::decide_erasure against tests/data/dossier/erasure.tsv (Law 91/2025 Art. 14(1)).
#include "motcua/dossier/erasure.hpp"

#include <gtest/gtest.h>

#include "motcua/common/time.hpp"
#include "table_reader.hpp"

namespace motcua::dossier {
namespace {

std::optional<TimePoint> local(const std::string& text) {
  if (text == "-") return std::nullopt;
  auto t = parse_iso(text + "+07:00");
  if (!t) throw std::invalid_argument("bad time in erasure.tsv: " + text);
  return t;
}

TEST(Erasure, Table) {
  const auto rows = testing::read_table("tests/data/dossier/erasure.tsv", 10);
  ASSERT_GE(rows.size(), 15u);
  for (const auto& r : rows) {
    SCOPED_TRACE(r[0]);
    ErasureGround ground{};
    ASSERT_TRUE(parse_erasure_ground(r[1], ground)) << r[1];
    ErasureFacts facts;
    facts.finished_at = local(r[2]);
    facts.finished = facts.finished_at.has_value();
    if (r[3] != "-") facts.retention_years = std::stoi(r[3]);
    if (r[4] != "-") facts.decision = r[4];
    ASSERT_TRUE(parse_erasure_scope(r[5], facts.already)) << r[5];
    facts.messages_pending = r[6] == "yes";
    const auto d = decide_erasure(ground, facts, *local(r[7]));
    EXPECT_EQ(to_string(d.scope), r[8]);
    EXPECT_EQ(d.key, r[9]);
    EXPECT_FALSE(d.reason.empty());
    EXPECT_FALSE(d.reason_vi.empty());
    EXPECT_EQ(d.retention_ends.has_value(), facts.finished &&
                                                ground == ErasureGround::retention_ended &&
                                                facts.retention_years.has_value());
  }
}

TEST(Erasure, NamesRoundTrip) {
  for (auto g : {ErasureGround::subject_request, ErasureGround::purpose_completed,
                 ErasureGround::retention_ended, ErasureGround::authority_decision}) {
    ErasureGround back{};
    ASSERT_TRUE(parse_erasure_ground(to_string(g), back));
    EXPECT_EQ(back, g);
  }
  ErasureGround g{};
  EXPECT_FALSE(parse_erasure_ground("because", g));
  ErasureScope s{};
  EXPECT_FALSE(parse_erasure_scope("some", s));
}

}  // namespace
}  // namespace motcua::dossier
