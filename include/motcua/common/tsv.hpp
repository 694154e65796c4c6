#pragma once
// The shipped tables (data/embed/**/*.tsv): one row a line, tab-separated columns, lines
// starting with '#' and empty lines skipped. The legal tables are data so that a new case is a
// new row; this reads them.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/common/result.hpp"

namespace motcua::tsv {

// Calls `line` with every line that is neither blank nor a comment, without its line end, and
// its 1-based number.
Status for_each_line(std::string_view text,
                     const std::function<Status(int line_no, std::string_view line)>& line);

// Calls `row` with the columns of every data line and its 1-based line number. A line with
// another number of columns than `columns` is an error naming `table` and the line.
Status for_each_row(std::string_view text, std::size_t columns, std::string_view table,
                    const std::function<Status(const std::vector<std::string_view>&, int)>& row);

// An error about line `line_no` of `table` (field = table), for the row callbacks.
Error row_error(std::string_view table, int line_no, std::string_view what);

}  // namespace motcua::tsv
