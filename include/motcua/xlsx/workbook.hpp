#pragma once
// One-sheet XLSX workbooks for the reports officials open in Excel (the tracking book, Form 07
// of Circular 03/2025): a few heading lines, a bordered table with a repeated header row.
//
// libxlsxwriter (Debian 12 ships 1.1.4, which has no in-memory output) assembles the file on
// disk, so this is the one module that writes temporary files: each workbook is written to a
// file of its own in the system's temporary directory, read back and removed.
#include <string>
#include <vector>

#include "motcua/common/result.hpp"

namespace motcua::xlsx {

struct SheetColumn {
  std::string header;
  double width_chars = 12;  // Excel's column width, in characters of the default font
  bool numeric = false;     // cells that read as a number are written as numbers
};

struct SheetView {
  std::string sheet_name;            // at most 31 characters, none of []:*?/\ (Excel's rules)
  std::string title;                 // document property "Title"
  std::string author;                // document property "Author"
  std::vector<std::string> heading;  // lines above the table, the first one bold
  std::vector<SheetColumn> columns;
  std::vector<std::vector<std::string>> rows;  // each row has one cell per column
  bool landscape = true;                       // printed on A4, landscape or portrait
  bool totals_row = false;                     // the last row is a totals row, in bold
};

// The workbook's bytes; `unavailable` when the temporary file cannot be written or read.
Result<std::string> workbook_bytes(const SheetView& view);

}  // namespace motcua::xlsx
