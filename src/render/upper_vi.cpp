// Upper case with ICU's Vietnamese rules; a byte-wise toupper would break every diacritic.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "motcua/render/document.hpp"

namespace motcua::render {

std::string to_upper_vi(std::string_view utf8) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  text.toUpper(icu::Locale("vi"));
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace motcua::render
