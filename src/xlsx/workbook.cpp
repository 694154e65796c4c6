#include "motcua/xlsx/workbook.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <system_error>

namespace motcua::xlsx {
namespace {

constexpr lxw_row_t kHeadingGap = 1;  // empty row between the heading and the table
constexpr uint8_t kPaperA4 = 9;       // libxlsxwriter's paper code for A4

// A file name no other workbook of this or another process uses at the same time.
std::filesystem::path temporary_path(std::error_code& ec) {
  static std::atomic<unsigned long> counter{0};
  static const unsigned long salt = std::random_device{}();
  const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) return {};
  return dir / ("motcua-" + std::to_string(::getpid()) + "-" + std::to_string(salt) + "-" +
                std::to_string(counter++) + ".xlsx");
}

// Removes the file when the workbook is done, whatever happened.
struct RemoveOnExit {
  std::filesystem::path path;
  ~RemoveOnExit() {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
};

Error unavailable(const std::string& what) {
  return make_error(ErrorCode::unavailable, "xlsx.unavailable",
                    "the spreadsheet could not be produced: " + what,
                    "không tạo được tệp bảng tính");
}

void write_sheet(lxw_workbook* wb, const SheetView& v) {
  lxw_worksheet* ws =
      workbook_add_worksheet(wb, v.sheet_name.empty() ? nullptr : v.sheet_name.c_str());
  lxw_format* heading = workbook_add_format(wb);
  format_set_bold(heading);
  format_set_font_size(heading, 13);
  lxw_format* plain = workbook_add_format(wb);
  format_set_italic(plain);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_bg_color(header, 0xE6E6E6);
  lxw_format* cell = workbook_add_format(wb);
  format_set_text_wrap(cell);
  format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(cell, LXW_BORDER_THIN);
  lxw_format* total = workbook_add_format(wb);
  format_set_bold(total);
  format_set_align(total, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(total, LXW_BORDER_THIN);

  const lxw_col_t last_col = v.columns.empty() ? 0 : lxw_col_t(v.columns.size() - 1);
  lxw_row_t row = 0;
  for (const std::string& line : v.heading) {
    lxw_format* f = row == 0 ? heading : plain;
    if (last_col > 0)
      worksheet_merge_range(ws, row, 0, row, last_col, line.c_str(), f);
    else
      worksheet_write_string(ws, row, 0, line.c_str(), f);
    ++row;
  }
  if (!v.heading.empty()) row += kHeadingGap;
  const lxw_row_t header_row = row;
  for (lxw_col_t c = 0; c < v.columns.size(); ++c) {
    worksheet_set_column(ws, c, c, v.columns[c].width_chars, nullptr);
    worksheet_write_string(ws, row, c, v.columns[c].header.c_str(), header);
  }
  ++row;
  for (std::size_t r = 0; r < v.rows.size(); ++r) {
    const auto& cells = v.rows[r];
    lxw_format* f = v.totals_row && r + 1 == v.rows.size() ? total : cell;
    for (lxw_col_t c = 0; c < cells.size() && c < v.columns.size(); ++c) {
      char* end = nullptr;
      const double number = std::strtod(cells[c].c_str(), &end);
      if (v.columns[c].numeric && !cells[c].empty() && end && *end == '\0')
        worksheet_write_number(ws, row, c, number, f);
      else
        worksheet_write_string(ws, row, c, cells[c].c_str(), f);
    }
    ++row;
  }
  worksheet_set_paper(ws, kPaperA4);
  if (v.landscape) worksheet_set_landscape(ws);
  worksheet_repeat_rows(ws, header_row, header_row);
  worksheet_freeze_panes(ws, header_row + 1, 0);
  worksheet_fit_to_pages(ws, 1, 0);  // as wide as one page, as long as it needs
}

}  // namespace

Result<std::string> workbook_bytes(const SheetView& v) {
  std::error_code ec;
  RemoveOnExit file{temporary_path(ec)};
  if (ec) return unavailable("no temporary directory: " + ec.message());
  lxw_workbook_options options{};
  lxw_workbook* wb = workbook_new_opt(file.path.c_str(), &options);
  if (!wb) return unavailable("cannot create " + file.path.string());
  lxw_doc_properties props{};
  props.title = const_cast<char*>(v.title.c_str());
  props.author = const_cast<char*>(v.author.c_str());
  workbook_set_properties(wb, &props);
  write_sheet(wb, v);
  const lxw_error closed = workbook_close(wb);  // writes the file and frees the workbook
  if (closed != LXW_NO_ERROR) return unavailable(lxw_strerror(closed));
  std::ifstream in(file.path, std::ios::binary);
  if (!in) return unavailable("cannot read back " + file.path.string());
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (bytes.empty()) return unavailable("empty file " + file.path.string());
  return bytes;
}

}  // namespace motcua::xlsx
