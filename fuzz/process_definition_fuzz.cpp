// The process-definition parser (an admin's steps and allowances for a procedure): any JSON
// gives a definition or an error naming the field; a definition survives its round trip
// through to_json.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "motcua/dossier/process_definition.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace motcua;
  const auto j = nlohmann::json::parse(data, data + size, nullptr, false);
  if (j.is_discarded()) return 0;
  auto def = dossier::process_definition_from_json(j, "1.001193", "counter");
  if (!def.ok()) {
    if (def.error().field.empty()) std::abort();
    return 0;
  }
  const auto written = dossier::to_json(*def);
  auto again = dossier::process_definition_from_json(written, "1.001193", "counter");
  if (!again.ok() || dossier::to_json(*again) != written) std::abort();
  return 0;
}
