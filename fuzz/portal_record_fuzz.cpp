// The importer of the National Public Service Portal's procedure records: any bytes give a
// procedure or a refusal that says why; what it accepts has a code and a name in well-formed
// UTF-8, and its warnings are "kind: detail" lines.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "motcua/catalog/portal_record.hpp"
#include "motcua/text/normalize.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace motcua;
  auto parsed =
      catalog::parse_portal_record(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!parsed.ok()) {
    if (parsed.error().message.empty() || parsed.error().message_vi.empty()) std::abort();
    return 0;
  }
  const auto& p = parsed->procedure;
  if (p.code.empty() || p.name.empty()) std::abort();
  if (!text::is_valid_utf8(p.code) || !text::is_valid_utf8(p.name)) std::abort();
  for (const auto& w : parsed->warnings)
    if (w.find(": ") == std::string::npos) std::abort();
  return 0;
}
