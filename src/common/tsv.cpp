#include "motcua/common/tsv.hpp"

namespace motcua::tsv {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

}  // namespace

Error row_error(std::string_view table, int line_no, std::string_view what) {
  const std::string where = std::string(table) + " line " + std::to_string(line_no) + ": ";
  return make_error(ErrorCode::invalid, std::string(table) + ".malformed",
                    where + std::string(what), where + std::string(what), std::string(table));
}

Status for_each_line(std::string_view text,
                     const std::function<Status(int line_no, std::string_view line)>& line) {
  int line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    std::string_view l =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? text.size() : end + 1;
    ++line_no;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.find_first_not_of(" \t") == std::string_view::npos || l.front() == '#') continue;
    MOTCUA_TRY(line(line_no, l));
  }
  return ok_status();
}

Status for_each_row(std::string_view text, std::size_t columns, std::string_view table,
                    const std::function<Status(const std::vector<std::string_view>&, int)>& row) {
  return for_each_line(text, [&](int line_no, std::string_view line) -> Status {
    const auto cols = split_tabs(line);
    if (cols.size() != columns)
      return row_error(table, line_no,
                       "expected " + std::to_string(columns) + " tab-separated columns, found " +
                           std::to_string(cols.size()));
    return row(cols, line_no);
  });
}

}  // namespace motcua::tsv
