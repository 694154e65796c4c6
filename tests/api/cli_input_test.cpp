// The command line refuses a mistyped field in a user's JSON file with a message naming it and
// a non-zero exit, instead of aborting on an uncaught json::type_error.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

std::string write_beside(const ServerProcess& server, const std::string& name,
                         const std::string& text) {
  const std::string path = server.dir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

// Issue 10 point 9: the importer says how many documents the records mark for some channels.
TEST(CliInput, TthcImportCountsChannelSpecificDocuments) {
  ServerProcess server;
  server.stop();
  std::string out;
  EXPECT_EQ(run_motcua({"import", "tthc",
                        std::string(MOTCUA_SOURCE_DIR) +
                            "/tests/data/catalog/birth_registration_1.001193.json",
                        "--db", server.db_path()},
                       &out),
            0)
      << out;
  EXPECT_NE(out.find("channel-specific documents: 2 in 1 procedures (counter+postal only: 1, "
                     "online only: 1)"),
            std::string::npos)
      << out;
}

TEST(CliInput, ImportCountsAMistypedEntryAsRejected) {
  ServerProcess server;  // seeds the demo procedures and agencies
  server.stop();
  std::ifstream example(std::string(MOTCUA_SOURCE_DIR) + "/data/examples/processes.json");
  const auto valid = nlohmann::json::parse(example)["processes"][0];
  nlohmann::json doc = {{"processes",
                         {{{"procedure_code", 1004746}, {"steps", valid["steps"]}},
                          {{"procedure_code", {"1.004746"}}, {"steps", valid["steps"]}},
                          "1.004746",
                          {{"procedure_code", "1.004746"}, {"channel", 7}},
                          valid}}};
  const std::string file = write_beside(server, "mistyped.json", doc.dump());
  std::string out;
  EXPECT_EQ(run_motcua({"import", "processes", file, "--db", server.db_path()}, &out), 1) << out;
  EXPECT_NE(out.find("process definitions read: 5"), std::string::npos) << out;
  EXPECT_NE(out.find("new versions: 1"), std::string::npos) << out;
  EXPECT_NE(out.find("rejected: 4"), std::string::npos) << out;
  EXPECT_NE(out.find("rejected processes[0]: procedure_code: must be a string, not number"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("rejected processes[1]: procedure_code: must be a string, not array"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("rejected processes[2]: not a JSON object"), std::string::npos) << out;
  EXPECT_NE(out.find("rejected processes[3] (1.004746): channel:"), std::string::npos) << out;
}

class CalendarPutInput : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<ServerProcess>();
    server_->stop();
  }
  int put(const std::string& text, std::string* out) {
    const std::string file = write_beside(*server_, "schedule.json", text);
    return run_motcua({"calendar", "schedule", "put", file, "--db", server_->db_path()}, out);
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(CalendarPutInput, AnIdThatIsNotAStringIsAnError) {
  std::string out;
  EXPECT_EQ(put(R"({"id": 2026, "year": 2026, "source": "test", "days_off": []})", &out), 1) << out;
  EXPECT_NE(out.find("error: id must be a string, not number (id)"), std::string::npos) << out;
  EXPECT_EQ(out.find("saved"), std::string::npos) << out;
}

TEST_F(CalendarPutInput, AnIdInAListNamesItsPlace) {
  std::string out;
  EXPECT_EQ(put(R"({"schedules": [{"id": "cli-ok", "year": 2026, "source": "test",
    "days_off": []}, {"id": ["x"], "year": 2026}]})",
                &out),
            1)
      << out;
  EXPECT_NE(out.find("error: schedules[1].id must be a string, not array (schedules[1].id)"),
            std::string::npos)
      << out;
}

TEST_F(CalendarPutInput, AScheduleThatIsNotAnObjectIsAnError) {
  std::string out;
  EXPECT_EQ(put(R"({"schedules": [42]})", &out), 1) << out;
  EXPECT_NE(out.find("error: "), std::string::npos) << out;
  EXPECT_EQ(put("not json at all", &out), 1) << out;
  EXPECT_NE(out.find("error: "), std::string::npos) << out;
}

}  // namespace
}  // namespace motcua::testing
