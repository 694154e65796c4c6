// The structured logger's lines: one JSON object each, whatever the strings hold.
#include "motcua/common/log.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace motcua::log {
namespace {

// 2026-03-02T02:00:00.250Z, i.e. 09:00:00.250 in Vietnam.
const std::chrono::system_clock::time_point kAt =
    std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + std::chrono::hours(2) +
    std::chrono::milliseconds(250);

TEST(Log, OneJsonObjectWithFixedMembersFirst) {
  const std::string line = format_line(
      kAt, Level::info, "request",
      {{"request_id", "ab12-7"}, {"method", "GET"}, {"status", 200}, {"ms", 1.5}, {"ready", true}});
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(
      line.rfind(R"({"time":"2026-03-02T09:00:00.250+07:00","level":"info","msg":"request",)", 0),
      0u)
      << line;
  const auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["request_id"], "ab12-7");
  EXPECT_EQ(j["status"], 200);
  EXPECT_EQ(j["ms"], 1.5);
  EXPECT_EQ(j["ready"], true);
}

TEST(Log, StringsAreEscaped) {
  // A client controls the path: quotes, newlines and control characters must not break the
  // line or forge fields; invalid UTF-8 is replaced, not a reason to lose the line.
  const std::string path = "/a\"b\n{\"level\":\"error\"}\x01\xff";
  const std::string line =
      format_line(kAt, Level::warn, "quoted \"msg\"", {{"path", path}, {"level", "forged"}});
  EXPECT_EQ(line.find('\n'), std::string::npos) << line;
  const auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["level"], "warn");
  EXPECT_EQ(j["msg"], "quoted \"msg\"");
  EXPECT_EQ(j["path"].get<std::string>().substr(0, 4), "/a\"b");
  EXPECT_EQ(j.size(), 4u);
}

TEST(Log, EveryLevelHasItsName) {
  EXPECT_EQ(nlohmann::json::parse(format_line(kAt, Level::debug, "m", {}))["level"], "debug");
  EXPECT_EQ(nlohmann::json::parse(format_line(kAt, Level::error, "m", {}))["level"], "error");
}

}  // namespace
}  // namespace motcua::log
