#include "motcua/csv/csv.hpp"

#include <gtest/gtest.h>

namespace motcua::csv {
namespace {

TEST(Csv, EveryFieldIsQuotedSoCommasQuotesAndLineBreaksSurvive) {
  const struct {
    std::vector<std::string> fields;
    std::string line;
  } cases[] = {
      {{"1.001193", "Đăng ký khai sinh"}, "\"1.001193\",\"Đăng ký khai sinh\"\r\n"},
      {{"a,b", "say \"hi\""}, "\"a,b\",\"say \"\"hi\"\"\"\r\n"},
      {{"two\nlines", ""}, "\"two\nlines\",\"\"\r\n"},
      {{}, "\r\n"},
  };
  for (const auto& c : cases) EXPECT_EQ(line(c.fields), c.line);
}

}  // namespace
}  // namespace motcua::csv
