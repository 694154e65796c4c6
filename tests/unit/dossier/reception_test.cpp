// dossier::validate_reception's demand for documents against tests/data/dossier/reception.tsv:
// each row one case; the procedure is 1.001193 with its channel-specific documents.
#include "motcua/dossier/reception.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "motcua/catalog/catalog_names.hpp"
#include "table_reader.hpp"

namespace motcua::dossier {
namespace {

using catalog::Channel;

catalog::Procedure birth_registration_at_counter() {
  catalog::Procedure p;
  p.code = "1.001193";
  p.name = "Thủ tục đăng ký khai sinh";
  p.documents = {
      {1, "Giấy chứng sinh", 1, "bản chính", "", true, {}},
      {2, "Văn bản ủy quyền", 1, "bản chính", "", false, {}},
      {3,
       "Tờ khai đăng ký khai sinh",
       1,
       "bản chính",
       "",
       true,
       {Channel::counter, Channel::postal}},
      {4, "Mẫu hộ tịch điện tử tương tác", 1, "bản chính", "", true, {Channel::online}},
      {5, "Giấy xác nhận", 2, "bản chính", "", true, {}},
  };
  return p;
}

ReceptionRequest request(Channel channel, const std::string& documents) {
  ReceptionRequest r;
  r.procedure_code = "1.001193";
  r.applicant = {"Nguyễn Văn An", "048090000123", "0905111222", "", ""};
  r.channel = channel;
  if (documents != "-")
    for (const auto& d : testing::split_on(documents, ',')) {
      const auto colon = d.find(':');
      r.documents.push_back({std::stoi(d.substr(0, colon)), "", std::stoi(d.substr(colon + 1))});
    }
  return r;
}

TEST(ReceptionDocuments, Table) {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/tests/data/dossier/reception.tsv");
  ASSERT_TRUE(in) << "tests/data/dossier/reception.tsv";
  const auto procedure = birth_registration_at_counter();
  std::string line;
  bool header = true;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    const auto cols = testing::split_on(line, '\t');
    ASSERT_EQ(cols.size(), 5u) << line;
    SCOPED_TRACE(cols[0]);
    const auto channel = catalog::parse_channel_name(cols[1]);
    ASSERT_TRUE(channel.has_value()) << cols[1];
    auto result = validate_reception(request(*channel, cols[2]), procedure);
    ++rows;
    if (cols[3] == "ok") {
      EXPECT_TRUE(result.ok()) << result.error().message;
      continue;
    }
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().key, cols[3]);
    EXPECT_EQ(result.error().field, "documents");
    // The refusal names exactly the missing documents, by id, in catalogue order.
    std::string named;
    for (const auto& d : procedure.documents) {
      const std::string id = std::to_string(d.id) + " " + d.name;
      if (result.error().message.find(id) != std::string::npos)
        named += (named.empty() ? "" : ",") + std::to_string(d.id);
    }
    EXPECT_EQ(named, cols[4]);
  }
  EXPECT_GE(rows, 10);
}

}  // namespace
}  // namespace motcua::dossier
