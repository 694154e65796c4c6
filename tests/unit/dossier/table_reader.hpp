#pragma once
// Reads a rule table of tests/data/: tab-separated rows after one header row; lines that are
// empty or start with '#' are comments.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace motcua::testing {

// The fields of one cell or line: "a,,b," gives four, the last one empty; "" gives none.
inline std::vector<std::string> split_on(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) out.push_back(part);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

inline std::vector<std::vector<std::string>> read_table(const std::string& relative,
                                                        size_t columns) {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/" + relative);
  EXPECT_TRUE(in) << relative;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cols;
    std::string part;
    std::istringstream split(line);
    while (std::getline(split, part, '\t')) cols.push_back(part);
    EXPECT_EQ(cols.size(), columns) << relative << ": " << line;
    if (cols.size() == columns) rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace motcua::testing
