// text::is_valid_utf8 and text::truncate_utf8: each row one case.
#include <gtest/gtest.h>

#include "motcua/text/normalize.hpp"

namespace motcua::text {
namespace {

TEST(ValidUtf8, EachCase) {
  const struct {
    std::string bytes;
    bool valid;
    const char* why;
  } cases[] = {
      {"", true, "empty"},
      {"Thủ tục đăng ký khai sinh", true, "Vietnamese with diacritics"},
      {"😀", true, "four bytes"},
      {std::string("a\0b", 3), true, "NUL is a character"},
      {"\xff\xfe\xfd", false, "bytes that never start a sequence"},
      {"\xc3", false, "a sequence cut short"},
      {"\xc0\xaf", false, "an overlong '/'"},
      {"\xed\xa0\x80", false, "a surrogate"},
      {"ok\x80", false, "a stray continuation byte"},
      {"\xf4\x90\x80\x80", false, "above U+10FFFF"},
  };
  for (const auto& c : cases) EXPECT_EQ(is_valid_utf8(c.bytes), c.valid) << c.why;
}

// "ệ" is 3 bytes (E1 BB 87), "😀" 4.
TEST(TruncateUtf8, EachCase) {
  const struct {
    std::string text;
    std::size_t max_bytes;
    std::string kept;
  } cases[] = {
      {"", 0, ""},        {"abc", 5, "abc"}, {"abc", 3, "abc"}, {"abc", 2, "ab"},
      {"việc", 5, "việ"}, {"việc", 4, "vi"}, {"việc", 3, "vi"}, {"việc", 2, "vi"},
      {"😀x", 3, ""},      {"😀x", 4, "😀"},    {"a😀", 4, "a"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(truncate_utf8(c.text, c.max_bytes), c.kept) << c.text << " to " << c.max_bytes;
    EXPECT_TRUE(is_valid_utf8(truncate_utf8(c.text, c.max_bytes)));
  }
}

}  // namespace
}  // namespace motcua::text
