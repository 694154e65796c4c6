// portal::document_channels against tests/data/catalog/document_channels.tsv: each row one
// document text from the published records and the channels it applies to ("-" = every one).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "catalog/portal_parts.hpp"
#include "motcua/catalog/catalog_names.hpp"
#include "unit/catalog/test_files.hpp"

namespace motcua::catalog {
namespace {

std::string names(const std::vector<Channel>& channels) {
  std::string out;
  for (Channel c : channels) out += (out.empty() ? "" : ",") + std::string(channel_name(c));
  return out.empty() ? "-" : out;
}

TEST(DocumentChannels, TableOfPublishedWordings) {
  std::istringstream in(testing::fixture("document_channels.tsv"));
  std::string line;
  int rows = 0, restricted = 0;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    const size_t a = line.find('\t'), b = line.find('\t', a + 1);
    ASSERT_NE(b, std::string::npos) << line;
    const std::string name = line.substr(0, a), expected = line.substr(a + 1, b - a - 1);
    EXPECT_EQ(names(portal::document_channels(line.substr(b + 1))), expected) << name;
    ++rows;
    restricted += expected != "-";
  }
  EXPECT_GE(rows, 25);
  EXPECT_GE(restricted, 10);
  EXPECT_LT(restricted, rows);
}

}  // namespace
}  // namespace motcua::catalog
