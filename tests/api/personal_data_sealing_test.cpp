// Personal data at rest (issue 14, point 3): identity numbers, phones, e-mails and addresses
// are stored sealed (src/secret/README.md), found by a keyed hash, shown whole to staff who may
// read them; a value moved to another row does not open; a key rotates while the server
// serves; a store refuses a key file that is not its own.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "support/demo_server_test.hpp"
#include "support/online_submission.hpp"
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
  // The queue that lists it still answers, every row in it: the altered field alone is left
  // empty (and logged), so one altered row does not stop a desk's work.
  api_->login("specialist");
  auto queue = api_->get("/api/v1/me/queue?limit=200");
  ASSERT_EQ(queue.status, 200) << queue.body;
  std::set<std::string> listed;
  for (const auto& item : queue.json["items"]) listed.insert(item["code"].get<std::string>());
  EXPECT_TRUE(listed.contains(other) && listed.contains(mine)) << queue.body;
  EXPECT_EQ(queue.body.find(kPhone), std::string::npos);
  // Sealing again under a new key goes on past the altered value and names it.
  std::string out;
  ASSERT_EQ(run_motcua({"pdp", "rotate-key", "--db", server_->db_path()}, &out), 0) << out;
  EXPECT_EQ(run_motcua({"pdp", "reseal", "--db", server_->db_path()}, &out), 1) << out;
  EXPECT_NE(out.find(other + " applicant_phone"), std::string::npos) << out;
  ASSERT_EQ(raw_sql(server_->db_path(), "UPDATE dossiers SET applicant_phone = '" + others_own +
                                            "' WHERE code = '" + other + "'"),
            0);
  EXPECT_EQ(api_->get("/api/v1/dossiers/" + other).status, 200);
}

TEST_F(PersonalDataSealing, AKeyRotatesWhileTheServerServes) {
  const std::string code = receive_person();
  api_->login("receiver");
  auto notice = api_->post(
      "/api/v1/reception-notices",
      {{"kind", "refusal"},
       {"procedure_code", "1.000894"},
       {"applicant", {{"full_name", "Trương Thị Hạnh"}, {"id_number", kId}, {"phone", kPhone}}},
       {"reason", "Không thuộc thẩm quyền giải quyết."}});
  ASSERT_EQ(notice.status, 201) << notice.body;
  const std::string notice_id = notice.json["id"];
  auto stored_notice = [&] {
    return raw_rows(server_->db_path(),
                    "SELECT applicant_id_number FROM reception_notices WHERE id = '" + notice_id +
                        "'")[0]
        .value("applicant_id_number", "");
  };
  const std::string old_key = stored(code).value("applicant_phone", "").substr(0, 13);
  ASSERT_TRUE(stored_notice().starts_with(old_key)) << stored_notice();

  std::string out;
  ASSERT_EQ(run_motcua({"pdp", "rotate-key", "--db", server_->db_path()}, &out), 0) << out;
  EXPECT_NE(out.find("pdp reseal"), std::string::npos) << out;
  // Only added: nothing is sealed under it until every node has the file.
  EXPECT_TRUE(stored(code).value("applicant_phone", "").starts_with(old_key));
  // The server goes on with the key it has.
  const std::string received_meanwhile = receive_person();
  EXPECT_TRUE(stored(received_meanwhile).value("applicant_phone", "").starts_with(old_key));

  ASSERT_EQ(run_motcua({"pdp", "reseal", "--db", server_->db_path()}, &out), 0) << out;
  EXPECT_NE(out.find("reception_notices: "), std::string::npos) << out;
  const std::string new_key = stored(code).value("applicant_phone", "").substr(0, 13);
  EXPECT_NE(new_key, old_key);
  EXPECT_TRUE(stored_notice().starts_with(new_key)) << stored_notice();
  for (const char* table : {"dossiers", "reception_notices"}) {
    const json left =
        raw_rows(server_->db_path(), std::string("SELECT COUNT(*) AS n FROM ") + table +
                                         " WHERE applicant_id_number LIKE '" + old_key + "%'");
    EXPECT_EQ(left[0]["n"], 0) << table;
  }
  // The running server reads the new key from the file by itself, and seals with it from then.
  EXPECT_EQ(applicant_as_staff_see_it(code)["phone"], kPhone);
  EXPECT_EQ(applicant_as_staff_see_it(received_meanwhile)["id_number"], kId);
  const std::string received_after = receive_person();
  EXPECT_TRUE(stored(received_after).value("applicant_phone", "").starts_with(new_key));
  api_->login("receiver");
  EXPECT_EQ(api_->get("/api/v1/reception-notices/" + notice_id + ".pdf").status, 200);
  // The keyed hash did not change: the person and their notice are still found.
  ASSERT_EQ(run_motcua({"pdp", "export", "--db", server_->db_path(), "--id-number", kId}, &out), 0)
      << out;
  const json exported = json::parse(out, nullptr, false);
  ASSERT_FALSE(exported.is_discarded()) << out;
  EXPECT_GE(exported["dossiers"].size(), 3u);
  ASSERT_EQ(exported["reception_notices"].size(), 1u);
  EXPECT_EQ(exported["reception_notices"][0]["applicant"]["id_number"], kId);
}

TEST_F(PersonalDataSealing, AStoreRefusesAKeyFileThatIsNotItsOwn) {
  const std::string db = server_->db_path();
  const std::string missing = server_->dir() + "/no-such.keys";
  std::string out;
  EXPECT_NE(run_with_key_file(missing, {"pdp", "export", "--db", db, "--id-number", kId}, &out), 0)
      << out;
  EXPECT_NE(out.find("does not exist"), std::string::npos) << out;
  // A command that reads no personal data works without the file (a cron job's audit).
  EXPECT_EQ(run_with_key_file(missing, {"audit", "verify", "--db", db}, &out), 0) << out;
  EXPECT_FALSE(std::filesystem::exists(missing)) << "a stray key file was written";

  // Another store's file (a key of another id), or the store's own with one key changed under
  // the same name: refused all the same, naming what differs.
  const std::string own = file_bytes(key_file_of_sqlite(db));
  std::string lookup, seal_id, seal_key;
  {
    std::istringstream lines(own);
    for (std::string line; std::getline(lines, line);) {
      std::istringstream words(line);
      std::string kind;
      words >> kind;
      if (kind == "lookup") words >> lookup;
      if (kind == "seal") words >> seal_id >> seal_key;
    }
  }
  ASSERT_FALSE(lookup.empty());
  ASSERT_FALSE(seal_key.empty());
  struct Forged {
    std::string text, says;
  };
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string text = own;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
  };
  for (const Forged& f :
       {Forged{replaced("seal " + seal_id + " " + seal_key, "seal " + seal_id + " " + lookup),
               "another key under id " + seal_id},
        Forged{replaced("lookup " + lookup, "lookup " + seal_key), "another lookup key"},
        Forged{"lookup " + lookup + "\nseal 0a0b0c0d " + seal_key + "\n", "lacks key "}}) {
    const std::string forged = server_->dir() + "/forged.keys";
    std::ofstream(forged, std::ios::trunc) << f.text;
    EXPECT_NE(run_with_key_file(forged, {"audit", "verify", "--db", db}, &out), 0) << out;
    EXPECT_NE(out.find(f.says), std::string::npos) << out;
  }
}

// A store from before sealing holds its values in clear and has no key file. The CLI reads it
// as it is and writes no key file; the first start of the server seals every value, computes
// the hashes and leaves no clear copy in the SQLite file.
TEST_F(PersonalDataSealing, ValuesStoredInClearAreSealedByTheServerNeverByTheCli) {
  char tmpl[] = "/tmp/motcua-first-sealing-XXXXXX";
  const std::string keys_dir = ::mkdtemp(tmpl);
  const std::string key_file = keys_dir + "/data.keys";
  ScopedEnv keys("MOTCUA_DATA_KEY_FILE", key_file);
  auto own = std::make_unique<ServerProcess>();  // this test stops and restarts it
  ASSERT_EQ(make_all_logins_cheap(own->db_path()), 0);
  const std::string db = own->db_path();
  ApiClient api(*own);
  api.set_clock(kMonday);
  api.login("receiver");
  auto r = api.post("/api/v1/dossiers", application_for(api, "1.004222"));
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string code = r.json["code"];
  own->stop();
  ASSERT_EQ(raw_sql(db,
                    "UPDATE dossiers SET applicant_id_number = '048190009999', "
                    "applicant_phone = '0905999999', applicant_email = '', "
                    "applicant_address = '', applicant_id_hash = '';\n"
                    "DELETE FROM notifications;\nDELETE FROM data_keys;"),
            0);
  std::filesystem::remove(key_file);
  auto stored_row = [&] {
    const json rows = raw_rows(db,
                               "SELECT applicant_id_number, applicant_phone, "
                               "applicant_id_hash FROM dossiers WHERE code = '" +
                                   code + "'");
    return rows.empty() ? json::object() : rows[0];
  };

  std::string out;
  ASSERT_EQ(run_motcua({"audit", "verify", "--db", db}, &out), 0) << out;
  ASSERT_EQ(run_motcua({"pdp", "export", "--db", db, "--id-number", "048190009999"}, &out), 0)
      << out;
  EXPECT_EQ(json::parse(out, nullptr, false)["dossiers"].size(), 1u) << out;
  EXPECT_EQ(run_motcua({"pdp", "reseal", "--db", db}, &out), 2) << out;
  EXPECT_NE(out.find("motcua serve"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(key_file)) << "the CLI wrote a key file";
  EXPECT_EQ(stored_row().value("applicant_phone", ""), "0905999999");

  {
    ServerProcess restarted({"--test-clock"}, db);
    EXPECT_TRUE(std::filesystem::exists(key_file));
    const json row = stored_row();
    EXPECT_TRUE(row.value("applicant_phone", "").starts_with("pd1:")) << row;
    EXPECT_TRUE(row.value("applicant_id_number", "").starts_with("pd1:")) << row;
    EXPECT_EQ(row.value("applicant_id_hash", "").size(), 64u) << row;
    if (!is_postgres(db)) {
      const std::string bytes = file_bytes(db) + file_bytes(db + "-wal");
      for (const char* clear : {"0905999999", "048190009999"})
        EXPECT_EQ(bytes.find(clear), std::string::npos) << clear << " is still in the file";
    }
  }
  ASSERT_EQ(run_motcua({"pdp", "export", "--db", db, "--id-number", "048190009999"}, &out), 0)
      << out;
  const json exported = json::parse(out, nullptr, false);
  ASSERT_EQ(exported["dossiers"].size(), 1u) << out;
  EXPECT_EQ(exported["dossiers"][0]["applicant"]["phone"], "0905999999");
  std::error_code ec;
  std::filesystem::remove_all(keys_dir, ec);
}

// Uploaded files (scans of identity papers among them) are sealed too, and a store whose files
// were kept in clear before (from before migration 0036) has them sealed at the server's start.
TEST_F(PersonalDataSealing, UploadedFilesAreSealedAndOldClearOnesAtTheServersStart) {
  char tmpl[] = "/tmp/motcua-upload-sealing-XXXXXX";
  const std::string keys_dir = ::mkdtemp(tmpl);
  ScopedEnv keys("MOTCUA_DATA_KEY_FILE", keys_dir + "/data.keys");
  auto own = std::make_unique<ServerProcess>();  // this test stops and restarts it
  ASSERT_EQ(make_all_logins_cheap(own->db_path()), 0);
  const std::string db = own->db_path();
  const json body = sample_submission();
  std::string code;
  auto files_as_staff_get_them = [&](ServerProcess& server) {
    ApiClient api(server);
    api.login("receiver");
    auto list = api.get("/api/v1/dossiers/" + code + "/uploads");
    EXPECT_EQ(list.status, 200) << list.body;
    std::vector<std::string> bodies;
    for (const auto& item : list.json["items"]) {
      auto f = api.get(item["url"].get<std::string>());
      EXPECT_EQ(f.status, 200) << f.body;
      bodies.push_back(f.body);
    }
    return bodies;
  };
  // Rows whose stored content does not start as a sealed value does.
  const std::string in_clear =
      is_postgres(db)
          ? "SELECT sha256 FROM uploads WHERE substring(content from 1 for 4) <> 'pb1:'::bytea"
          : "SELECT sha256 FROM uploads WHERE CAST(substr(content, 1, 4) AS TEXT) <> 'pb1:'";
  {
    ApiClient api(*own);
    api.set_clock(kMonday);
    auto submitted = submit_online(api, body, online_documents(api, "1.001193"));
    ASSERT_EQ(submitted.status, 201) << submitted.body;
    code = submitted.json["code"];
  }
  const auto as_submitted = files_as_staff_get_them(*own);
  ASSERT_GE(as_submitted.size(), 2u);
  for (const auto& f : as_submitted) EXPECT_TRUE(f == small_pdf() || f == small_png());
  EXPECT_TRUE(raw_rows(db, in_clear).empty());
  // A sealed file is never marked as in clear again, by anyone: the server would seal whatever
  // was put there.
  std::string refused;
  EXPECT_NE(raw_sql(db, "UPDATE uploads SET content_sealed = 0", &refused), 0);
  EXPECT_NE(refused.find("append-only"), std::string::npos) << refused;
  own->stop();

  // As a store sealed before this version holds them: in clear, marked so.
  auto literal = [&](const std::string& bytes) {
    std::string hex;
    for (unsigned char ch : bytes) {
      static const char* digits = "0123456789abcdef";
      hex += digits[ch >> 4];
      hex += digits[ch & 15];
    }
    return is_postgres(db) ? "'\\x" + hex + "'::bytea" : "X'" + hex + "'";
  };
  ASSERT_EQ(
      tamper(db, "uploads",
             "UPDATE uploads SET content = " + literal(small_pdf()) +
                 ", content_sealed = 0 WHERE media_type = 'application/pdf';\n"
                 "UPDATE uploads SET content = " +
                 literal(small_png()) + ", content_sealed = 0 WHERE media_type = 'image/png'"),
      0);
  ASSERT_FALSE(raw_rows(db, in_clear).empty());
  {
    ServerProcess restarted({"--test-clock"}, db);
    EXPECT_TRUE(raw_rows(db, in_clear).empty());
    EXPECT_TRUE(raw_rows(db, "SELECT sha256 FROM uploads WHERE content_sealed = 0").empty());
    EXPECT_EQ(files_as_staff_get_them(restarted), as_submitted);
    if (!is_postgres(db)) {
      const std::string bytes = file_bytes(db) + file_bytes(db + "-wal");
      for (const auto& f : as_submitted)
        EXPECT_EQ(bytes.find(f), std::string::npos) << "a file is still in clear in the store";
    }
  }
  // Other bytes written where a clear file was (as someone with the database could before this
  // version sealed it) are not sealed as the applicant's file: they do not match its SHA-256.
  ASSERT_EQ(tamper(db, "uploads",
                   "UPDATE uploads SET content = " + literal(small_png() + "forged") +
                       ", content_sealed = 0 WHERE media_type = 'image/png'"),
            0);
  {
    ServerProcess restarted({"--test-clock"}, db);
    EXPECT_FALSE(raw_rows(db, in_clear).empty());
    ApiClient api(restarted);
    api.login("receiver");
    auto list = api.get("/api/v1/dossiers/" + code + "/uploads");
    bool refused = false;
    for (const auto& item : list.json["items"])
      refused |= api.get(item["url"].get<std::string>()).status == 500;
    EXPECT_TRUE(refused) << "a forged file was served as the applicant's";
  }
  std::string out;
  EXPECT_EQ(run_motcua({"pdp", "reseal", "--db", db}, &out), 1) << out;
  EXPECT_NE(out.find(" content"), std::string::npos) << out;
  std::error_code ec;
  std::filesystem::remove_all(keys_dir, ec);
}

}  // namespace
}  // namespace motcua::testing
