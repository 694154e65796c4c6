#pragma once
// Locating test fixtures and the optional shared real data for catalogue tests.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace motcua::catalog::testing {

inline std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string fixture(const std::string& name) {
  return read_text(std::filesystem::path(MOTCUA_SOURCE_DIR) / "tests/data/catalog" / name);
}

// ../shared/data, from MOTCUA_SHARED_DIR or next to the source tree; nothing when absent.
inline std::optional<std::filesystem::path> shared_data_dir() {
  std::filesystem::path base;
  if (const char* s = std::getenv("MOTCUA_SHARED_DIR"))
    base = s;
  else if (const char* src = std::getenv("MOTCUA_SOURCE_DIR"))
    base = std::filesystem::path(src) / ".." / "shared";
  else
    base = std::filesystem::path(MOTCUA_SOURCE_DIR) / ".." / "shared";
  std::filesystem::path data = base / "data";
  if (std::filesystem::is_directory(data / "tthc" / "portal_records")) return data;
  return std::nullopt;
}

}  // namespace motcua::catalog::testing
