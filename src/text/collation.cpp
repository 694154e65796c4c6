#include "motcua/text/collation.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>
#include <vector>

#include "motcua/text/normalize.hpp"

namespace motcua::text {

namespace {

// ICU collators may not be shared between threads while in use, and building one costs
// ~0.1 ms, so each thread keeps its own.
icu::Collator& collator() {
  thread_local std::unique_ptr<icu::Collator> c = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status) || !made) throw std::runtime_error("ICU collator for vi unavailable");
    return made;
  }();
  return *c;
}

icu::UnicodeString to_unicode(std::string_view utf8) {
  std::string clean = to_nfc(utf8);
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(clean.data(), static_cast<int32_t>(clean.size())));
}

}  // namespace

std::string collation_key(std::string_view utf8) {
  icu::UnicodeString s = to_unicode(utf8);
  icu::Collator& c = collator();
  std::vector<uint8_t> buf(s.length() * 4 + 16);
  int32_t n = c.getSortKey(s, buf.data(), static_cast<int32_t>(buf.size()));
  if (n > static_cast<int32_t>(buf.size())) {
    buf.resize(static_cast<size_t>(n));
    n = c.getSortKey(s, buf.data(), n);
  }
  // The key ends with a 0 byte that plain string comparison does not need.
  if (n > 0 && buf[static_cast<size_t>(n) - 1] == 0) --n;
  return std::string(reinterpret_cast<const char*>(buf.data()), static_cast<size_t>(n));
}

int compare_vi(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult r = collator().compare(to_unicode(a), to_unicode(b), status);
  if (U_FAILURE(status)) return a.compare(b);
  return static_cast<int>(r);
}

}  // namespace motcua::text
