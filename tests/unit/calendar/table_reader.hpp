#pragma once
// Reads the test tables (tests/data/calendar/*.tsv, and other folders'): '#' lines are comments,
// the first other line names the columns, fields are tab-separated. A new case is a new row.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace motcua::calendar::testing {

using Row = std::map<std::string, std::string>;

inline std::string source_dir() {
  if (const char* env = std::getenv("MOTCUA_SOURCE_DIR"); env && *env) return env;
  return MOTCUA_SOURCE_DIR;
}

// A table of tests/data/<folder>/.
inline std::string data_path(const std::string& name, const std::string& folder = "calendar") {
  return source_dir() + "/tests/data/" + folder + "/" + name;
}

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) out.push_back(field);
  return out;
}

// Rows of a table; an empty vector when the file is missing (tests assert non-empty).
inline std::vector<Row> read_table(const std::string& name,
                                   const std::string& folder = "calendar") {
  std::ifstream file(data_path(name, folder));
  std::vector<Row> rows;
  std::vector<std::string> header;
  std::string line;
  while (std::getline(file, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto fields = split_tabs(line);
    if (header.empty()) {
      header = fields;
      continue;
    }
    Row row;
    for (std::size_t i = 0; i < header.size(); ++i)
      row[header[i]] = i < fields.size() ? fields[i] : "";
    rows.push_back(std::move(row));
  }
  return rows;
}

inline std::chrono::year_month_day parse_date(const std::string& text) {
  int y = 0;
  unsigned m = 0, d = 0;
  char dash1 = 0, dash2 = 0;
  std::stringstream in(text);
  in >> y >> dash1 >> m >> dash2 >> d;
  return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

inline std::string format_date(std::chrono::year_month_day date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

}  // namespace motcua::calendar::testing
