#pragma once
// Test helpers: write PDF bytes to a temp file and read them back with poppler's command-line
// tools, the same way a user would copy text out of the printed form.
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

// Text of the whole PDF as pdftotext extracts it (UTF-8, reading order, pages split by \f).
// pdf_pages: number of pages reported by pdfinfo. collapse_spaces: runs of white space as one
// space, so that a phrase wrapped over two lines still matches. maybe_png: when
// MOTCUA_RENDER_PNG_DIR is set, also writes <dir>/<name>-N.png at 80 dpi for eyeballing.
namespace motcua::testing {
namespace detail {

inline std::filesystem::path write_temp(const std::string& pdf, const std::string& name) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("motcua-render-" + std::to_string(::getpid()) + "-" + name + ".pdf");
  std::ofstream out(path, std::ios::binary);
  out.write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
  return path;
}

inline std::string run(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("popen failed: " + command);
  std::string out;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  ::pclose(pipe);
  return out;
}

}  // namespace detail

inline std::string pdf_text(const std::string& pdf, const std::string& name) {
  const std::filesystem::path path = detail::write_temp(pdf, name);
  std::string text = detail::run("pdftotext -enc UTF-8 '" + path.string() + "' - 2>/dev/null");
  std::filesystem::remove(path);
  return text;
}

inline int pdf_pages(const std::string& pdf, const std::string& name) {
  const std::filesystem::path path = detail::write_temp(pdf, name);
  const std::string info = detail::run("pdfinfo '" + path.string() + "' 2>/dev/null");
  std::filesystem::remove(path);
  const auto at = info.find("Pages:");
  if (at == std::string::npos) return -1;
  return std::atoi(info.c_str() + at + 6);
}

inline std::string collapse_spaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const bool is_space = c == ' ' || c == '\n' || c == '\f';
    if (is_space) {
      if (!space) out += ' ';
    } else {
      out += c;
    }
    space = is_space;
  }
  return out;
}

inline void maybe_png(const std::string& pdf, const std::string& name) {
  const char* dir = std::getenv("MOTCUA_RENDER_PNG_DIR");
  if (!dir) return;
  const std::filesystem::path path = detail::write_temp(pdf, name);
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(path, std::filesystem::path(dir) / (name + ".pdf"),
                             std::filesystem::copy_options::overwrite_existing);
  detail::run("pdftoppm -png -r 80 '" + path.string() + "' '" +
              (std::filesystem::path(dir) / name).string() + "'");
  std::filesystem::remove(path);
}

}  // namespace motcua::testing
