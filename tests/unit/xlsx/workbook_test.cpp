// The XLSX writer: a real workbook (a ZIP with the sheet and its strings), read back with unzip,
// and no temporary file left behind.
#include "motcua/xlsx/workbook.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "support/pdf_probe.hpp"

namespace motcua::xlsx {
namespace {

std::string unzip(const std::string& bytes, const std::string& member) {
  const auto path = testing::detail::write_temp(bytes, "xlsx-test");
  const std::string out = testing::detail::run("unzip -p '" + path.string() + "' " + member);
  std::filesystem::remove(path);
  return out;
}

size_t leftover_files() {
  size_t n = 0;
  const std::string prefix = "motcua-" + std::to_string(::getpid()) + "-";
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
    if (e.path().filename().string().rfind(prefix, 0) == 0 && e.path().extension() == ".xlsx") ++n;
  return n;
}

TEST(XlsxWorkbook, WritesHeadingHeaderAndRowsInVietnamese) {
  SheetView v;
  v.sheet_name = "Sổ theo dõi hồ sơ";
  v.title = "Sổ theo dõi hồ sơ";
  v.author = "Bộ phận Một cửa";
  v.heading = {"ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN", "Quyển số: 2026"};
  v.columns = {{"TT", 5}, {"Mã hồ sơ", 20}, {"Tên cá nhân, tổ chức", 25}};
  v.rows = {{"1", "20410-260406-0001", "Nguyễn Thị Hồng Đào"},
            {"2", "20410-260406-0002", "Trần Văn Đức & <Cty>"}};
  const size_t before = leftover_files();
  auto bytes = workbook_bytes(v);
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  EXPECT_EQ(bytes->rfind("PK", 0), 0u);
  EXPECT_EQ(leftover_files(), before);
  const std::string strings = unzip(*bytes, "xl/sharedStrings.xml");
  for (const char* s :
       {"ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN", "Quyển số: 2026", "Mã hồ sơ", "20410-260406-0002",
        "Nguyễn Thị Hồng Đào", "Trần Văn Đức &amp; &lt;Cty&gt;"})
    EXPECT_NE(strings.find(s), std::string::npos) << s << "\n" << strings;
  EXPECT_NE(unzip(*bytes, "xl/workbook.xml").find("Sổ theo dõi hồ sơ"), std::string::npos);
  const std::string sheet = unzip(*bytes, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("orientation=\"landscape\""), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("paperSize=\"9\""), std::string::npos) << sheet;
}

}  // namespace
}  // namespace motcua::xlsx
