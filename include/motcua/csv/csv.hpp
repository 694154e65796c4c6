#pragma once
// CSV lines for the analysts' export and the dashboard's tables (issue 12), quoted by libcsv:
// every field in double quotes with inner quotes doubled, fields separated by commas, lines
// ended by CRLF (RFC 4180), so any field may hold commas, quotes or line breaks.
#include <string>
#include <string_view>
#include <vector>

namespace motcua::csv {

// One line of fields, with its CRLF.
std::string line(const std::vector<std::string>& fields);

// The UTF-8 byte order mark. Excel reads a CSV file without it in the system's code page and
// shows Vietnamese as mojibake; other tools skip it.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace motcua::csv
