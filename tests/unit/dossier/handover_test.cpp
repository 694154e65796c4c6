// dossier::first_step_start against tests/data/dossier/handover.tsv: "after 15:00" is strictly
// later than 15:00:00 (Decree 61/2018 Art. 18(2)).
#include <gtest/gtest.h>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/due_times.hpp"
#include "table_reader.hpp"

namespace motcua::dossier {
namespace {

TEST(Handover, AfterThreeTable) {
  const auto rows = testing::read_table("tests/data/dossier/handover.tsv", 4);
  ASSERT_GE(rows.size(), 5u);
  const auto& cal = calendar::WorkingCalendar::standard();
  for (const auto& r : rows) {
    SCOPED_TRACE(r[0]);
    const auto received = parse_iso(r[1] + "+07:00");
    const auto expected = parse_iso(r[3] + "+07:00");
    const auto channel = catalog::parse_channel_name(r[2]);
    ASSERT_TRUE(received && expected && channel);
    EXPECT_EQ(format_iso(first_step_start(*received, *channel, cal)), format_iso(*expected));
  }
}

}  // namespace
}  // namespace motcua::dossier
