// A data subject's request (issue 14, point 3): `motcua pdp export --id-number` prints all the
// store holds about the person, on the live store, and nothing about anyone else.
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

constexpr const char* kExportedPerson = "048190007777";

class PdpExport : public DemoServerTest {
 protected:
  json exported(const std::string& id_number, int expected_status = 0) {
    std::string out;
    const int rc =
        run_motcua({"pdp", "export", "--db", server_->db_path(), "--id-number", id_number}, &out);
    EXPECT_EQ(rc, expected_status) << out;
    if (rc != 0) return json{{"output", out}};
    auto j = json::parse(out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << out;
    return j;
  }
};

TEST_F(PdpExport, PrintsThePersonsDossiersHistoryReadsAndNoticesAndNoOneElses) {
  const std::string mine = receive("1.004222", [](json& b) {
    b["applicant"]["id_number"] = kExportedPerson;
    b["applicant"]["full_name"] = "Trương Thị Hạnh";
    b["applicant"]["address"] = "7 Lê Lợi, phường Hội An";
  });
  const std::string someone_elses = receive("1.004222");
  api_->login("specialist");
  ASSERT_EQ(api_->get("/api/v1/dossiers/" + mine).status, 200);
  api_->login("receiver");
  auto notice =
      api_->post("/api/v1/reception-notices", {{"kind", "refusal"},
                                               {"procedure_code", "1.000894"},
                                               {"applicant",
                                                {{"full_name", "Trương Thị Hạnh"},
                                                 {"id_number", kExportedPerson},
                                                 {"phone", "0905777777"}}},
                                               {"reason", "Không thuộc thẩm quyền giải quyết."}});
  ASSERT_EQ(notice.status, 201) << notice.body;
  ASSERT_EQ(api_->get(notice.json["pdf_url"].get<std::string>()).status, 200);

  const json all = exported(kExportedPerson);
  EXPECT_EQ(all["subject"]["id_number"], kExportedPerson);
  ASSERT_EQ(all["dossiers"].size(), 1u) << all.dump(2);
  const json& d = all["dossiers"][0];
  EXPECT_EQ(d["code"], mine);
  // Whole, not masked: it is the person's own data.
  EXPECT_EQ(d["applicant"]["id_number"], kExportedPerson);
  EXPECT_EQ(d["applicant"]["address"], "7 Lê Lợi, phường Hội An");
  ASSERT_FALSE(d["history"].empty());
  EXPECT_EQ(d["history"][0]["action"], "receive");
  bool read_by_specialist = false;
  for (const auto& r : d["read_by_staff"]) read_by_specialist |= r["username"] == "specialist";
  EXPECT_TRUE(read_by_specialist) << d["read_by_staff"];
  ASSERT_EQ(all["reception_notices"].size(), 1u) << all.dump(2);
  EXPECT_EQ(all["reception_notices"][0]["applicant"]["id_number"], kExportedPerson);
  // Who opened the notice; never from which machine (an officer's address is not the person's).
  const json& notice_reads = all["reception_notices"][0]["read_by_staff"];
  ASSERT_EQ(notice_reads.size(), 1u) << notice_reads;
  EXPECT_EQ(notice_reads[0]["username"], "receiver");
  EXPECT_EQ(notice_reads[0]["purpose"], "reception_notice");
  EXPECT_FALSE(notice_reads[0].contains("address"));
  // The export itself is on the record, by the system account that ran it.
  const json again = exported(kExportedPerson);
  bool recorded = false;
  for (const auto& r : again["dossiers"][0]["read_by_staff"])
    recorded |=
        r["purpose"] == "pdp_export" && r["username"].get<std::string>().rfind("cli:", 0) == 0;
  EXPECT_TRUE(recorded) << again["dossiers"][0]["read_by_staff"];
  EXPECT_EQ(all.dump().find(someone_elses), std::string::npos);

  // Someone the store knows nothing of: empty lists.
  const json none = exported("048190000000");
  EXPECT_TRUE(none["dossiers"].empty());
  EXPECT_TRUE(none["reception_notices"].empty());
  // Not an identity number: refused, by name, in both languages.
  const json bad = exported("12AB", 2);
  EXPECT_NE(bad["output"].get<std::string>().find("12-digit"), std::string::npos) << bad;
  EXPECT_NE(bad["output"].get<std::string>().find("12 chữ số"), std::string::npos) << bad;
}

}  // namespace
}  // namespace motcua::testing
