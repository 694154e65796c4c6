// Personal data at rest (issue 14, point 3): identity numbers, phones, e-mails and addresses
// are stored sealed (src/secret/README.md), found by a keyed hash, shown whole to staff who may
// read them; a value moved to another row does not open; a key rotates while the server
// serves; a store refuses a key file that is not its own.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/demo_server_test.hpp"
#include "support/raw_sql.hpp"
#include "support/scoped_env.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

constexpr const char* kId = "048190004242";
constexpr const char* kPhone = "0905424242";
constexpr const char* kEmail = "hanh.truong@example.vn";
constexpr const char* kAddress = "12 Nguyễn Thái Học, phường Hội An";

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class PersonalDataSealing : public DemoServerTest {
 protected:
  std::string receive_person() {
    return receive("1.004222", [](json& b) {
      b["applicant"]["id_number"] = kId;
      b["applicant"]["phone"] = kPhone;
      b["applicant"]["email"] = kEmail;
      b["applicant"]["address"] = kAddress;
    });
  }

  json stored(const std::string& code) {
    const json rows = raw_rows(server_->db_path(),
                               "SELECT applicant_id_number, applicant_phone, applicant_email, "
                               "applicant_address, applicant_id_hash FROM dossiers WHERE code = '" +
                                   code + "'");
    EXPECT_EQ(rows.size(), 1u) << code;
    return rows.empty() ? json::object() : rows[0];
  }

  json applicant_as_staff_see_it(const std::string& code) {
    api_->login("receiver");
    auto r = api_->get("/api/v1/dossiers/" + code);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json.value("applicant", json::object());
  }

  // Runs the CLI with MOTCUA_DATA_KEY_FILE set to `key_file`.
  static int run_with_key_file(const std::string& key_file, const std::vector<std::string>& args,
                               std::string* out) {
    ScopedEnv keys("MOTCUA_DATA_KEY_FILE", key_file);
    return run_motcua(args, out);
  }
};

TEST_F(PersonalDataSealing, TheStoreHoldsSealedValuesStaffSeeThemWhole) {
  const std::string code = receive_person();
  const json row = stored(code);
  for (const char* column :
       {"applicant_id_number", "applicant_phone", "applicant_email", "applicant_address"}) {
    const std::string v = row.value(column, "");
    EXPECT_TRUE(v.starts_with("pd1:")) << column << ": " << v;
  }
  const std::string dump = row.dump();
  for (const char* clear : {kId, kPhone, kEmail, "Nguyễn Thái Học"})
    EXPECT_EQ(dump.find(clear), std::string::npos) << clear;
  EXPECT_EQ(row.value("applicant_id_hash", "").size(), 64u) << row;
  // The messages to the applicant keep the recipient sealed too.
  ASSERT_EQ(act(code, "specialist",
                {{"action", "request_supplement"},
                 {"items", {{{"content", "Bản sao Giấy khai sinh"}, {"reason", "bản mờ"}}}}})
                .status,
            200);
  const json sent =
      raw_rows(server_->db_path(),
               "SELECT recipient FROM notifications WHERE dossier_code = '" + code + "'");
  ASSERT_FALSE(sent.empty());
  for (const auto& s : sent) EXPECT_TRUE(s.value("recipient", "").starts_with("pd1:")) << s;
  // Nowhere in the SQLite file either (its write-ahead log included).
  if (!is_postgres(server_->db_path())) {
    const std::string bytes =
        file_bytes(server_->db_path()) + file_bytes(server_->db_path() + "-wal");
    for (const char* clear : {kId, kPhone, kEmail})
      EXPECT_EQ(bytes.find(clear), std::string::npos)
          << clear << " is in the file: "
          << bytes.substr(bytes.find(clear) > 200 ? bytes.find(clear) - 200 : 0, 400);
  }
  const json a = applicant_as_staff_see_it(code);
  EXPECT_EQ(a["id_number"], kId);
  EXPECT_EQ(a["phone"], kPhone);
  EXPECT_EQ(a["email"], kEmail);
  EXPECT_EQ(a["address"], kAddress);
}

TEST_F(PersonalDataSealing, AValueCopiedIntoAnotherDossierDoesNotOpen) {
  const std::string mine = receive_person();
  const std::string other = receive("1.004222");
  const std::string others_own = stored(other).value("applicant_phone", "");
  ASSERT_EQ(raw_sql(server_->db_path(),
                    "UPDATE dossiers SET applicant_phone = (SELECT applicant_phone FROM dossiers "
                    "WHERE code = '" +
                        mine + "') WHERE code = '" + other + "'"),
            0);
  api_->login("receiver");
  auto r = api_->get("/api/v1/dossiers/" + other);
  EXPECT_EQ(r.status, 500) << r.body;
  EXPECT_TRUE(r.json["error"].contains("request_id")) << r.body;
  EXPECT_EQ(r.body.find(kPhone), std::string::npos);
  EXPECT_EQ(applicant_as_staff_see_it(mine)["phone"], kPhone);
  // A rotation goes on past the altered value and names it.
  std::string out;
  EXPECT_EQ(run_motcua({"pdp", "rotate-key", "--db", server_->db_path()}, &out), 1) << out;
  EXPECT_NE(out.find(other + " applicant_phone"), std::string::npos) << out;
  ASSERT_EQ(raw_sql(server_->db_path(), "UPDATE dossiers SET applicant_phone = '" + others_own +
                                            "' WHERE code = '" + other + "'"),
            0);
  EXPECT_EQ(api_->get("/api/v1/dossiers/" + other).status, 200);
}

TEST_F(PersonalDataSealing, AKeyRotatesWhileTheServerServes) {
  const std::string code = receive_person();
  const std::string before = stored(code).value("applicant_phone", "");
  std::string out;
  ASSERT_EQ(run_motcua({"pdp", "rotate-key", "--db", server_->db_path()}, &out), 0) << out;
  EXPECT_NE(out.find("dossiers:"), std::string::npos) << out;
  const std::string after = stored(code).value("applicant_phone", "");
  ASSERT_TRUE(after.starts_with("pd1:")) << after;
  EXPECT_NE(after.substr(0, 13), before.substr(0, 13)) << "still under the old key";
  // No dossier is left under an older key.
  const json old = raw_rows(server_->db_path(),
                            "SELECT COUNT(*) AS n FROM dossiers WHERE applicant_phone LIKE '" +
                                before.substr(0, 13) + "%'");
  EXPECT_EQ(old[0]["n"], 0) << old;
  // The running server reads the new key from the file by itself.
  EXPECT_EQ(applicant_as_staff_see_it(code)["phone"], kPhone);
  const std::string received_after = receive_person();
  EXPECT_EQ(applicant_as_staff_see_it(received_after)["id_number"], kId);
  // The keyed hash did not change: the person is still found.
  ASSERT_EQ(run_motcua({"pdp", "export", "--db", server_->db_path(), "--id-number", kId}, &out), 0)
      << out;
  const json exported = json::parse(out, nullptr, false);
  ASSERT_FALSE(exported.is_discarded()) << out;
  EXPECT_GE(exported["dossiers"].size(), 2u);
}

TEST_F(PersonalDataSealing, AStoreRefusesAKeyFileThatIsNotItsOwn) {
  const std::string db = server_->db_path();
  const std::string missing = server_->dir() + "/no-such.keys";
  std::string out;
  EXPECT_NE(run_with_key_file(missing, {"audit", "verify", "--db", db}, &out), 0) << out;
  EXPECT_NE(out.find("does not exist"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(missing)) << "a stray key file was written";

  // A key file of another store: a new SQLite store next to the server's writes one.
  const std::string other_db = server_->dir() + "/other.db";
  ASSERT_EQ(run_with_key_file(other_db + ".keys", {"audit", "verify", "--db", other_db}, &out), 0)
      << out;
  ASSERT_TRUE(std::filesystem::exists(other_db + ".keys"));
  EXPECT_NE(run_with_key_file(other_db + ".keys", {"audit", "verify", "--db", db}, &out), 0) << out;
  EXPECT_NE(out.find("key file"), std::string::npos) << out;
}

// A store from before sealing holds its values in clear: the first start seals them all and
// computes their hashes, so the person is found afterwards.
TEST_F(PersonalDataSealing, ValuesStoredInClearAreSealedAtTheFirstStartThatHasKeys) {
  // A server of its own: this test stops and restarts it.
  auto own = std::make_unique<ServerProcess>();
  ASSERT_EQ(make_all_logins_cheap(own->db_path()), 0);
  const std::string db = own->db_path();
  {
    ApiClient api(*own);
    api.set_clock(kMonday);
    api.login("receiver");
    json body = application_for(api, "1.004222");
    body["applicant"]["id_number"] = kId;
    auto r = api.post("/api/v1/dossiers", body);
    ASSERT_EQ(r.status, 201) << r.body;
    const std::string code = r.json["code"];
    own->stop();
    ASSERT_EQ(raw_sql(db,
                      "UPDATE dossiers SET applicant_id_number = '048190009999', "
                      "applicant_phone = '0905999999', applicant_id_hash = '' WHERE code = '" +
                          code + "';\nDELETE FROM data_keys;"),
              0);
    ServerProcess restarted({"--test-clock"}, db);
    const json rows = raw_rows(db,
                               "SELECT applicant_id_number, applicant_phone, applicant_id_hash "
                               "FROM dossiers WHERE code = '" +
                                   code + "'");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_TRUE(rows[0].value("applicant_phone", "").starts_with("pd1:")) << rows;
    EXPECT_TRUE(rows[0].value("applicant_id_number", "").starts_with("pd1:")) << rows;
    EXPECT_EQ(rows[0].value("applicant_id_hash", "").size(), 64u) << rows;
  }
  std::string out;
  ASSERT_EQ(run_motcua({"pdp", "export", "--db", db, "--id-number", "048190009999"}, &out), 0)
      << out;
  const json exported = json::parse(out, nullptr, false);
  ASSERT_EQ(exported["dossiers"].size(), 1u) << out;
  EXPECT_EQ(exported["dossiers"][0]["applicant"]["phone"], "0905999999");
}

}  // namespace
}  // namespace motcua::testing
