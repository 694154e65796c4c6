#include <array>
#include <utility>

#include "motcua/dossier/dossier.hpp"

namespace motcua::dossier {

namespace {
constexpr std::array<std::pair<DossierStatus, std::string_view>, 11> kStatuses{{
    {DossierStatus::received, "received"},
    {DossierStatus::in_progress, "in_progress"},
    {DossierStatus::supplement_requested, "supplement_requested"},
    {DossierStatus::paused, "paused"},
    {DossierStatus::approved, "approved"},
    {DossierStatus::result_ready, "result_ready"},
    {DossierStatus::returned, "returned"},
    {DossierStatus::refused, "refused"},
    {DossierStatus::withdrawn, "withdrawn"},
    {DossierStatus::submitted, "submitted"},
    {DossierStatus::not_received, "not_received"},
}};

template <class E, size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
  for (const auto& [value, name] : table)
    if (value == e) return name;
  return "";
}
template <class E, size_t N>
bool parse_name(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s,
                E& out) {
  for (const auto& [value, name] : table)
    if (name == s) {
      out = value;
      return true;
    }
  return false;
}
}  // namespace

std::string_view to_string(DossierStatus s) { return name_of(kStatuses, s); }
bool parse_status(std::string_view name, DossierStatus& out) {
  return parse_name(kStatuses, name, out);
}

}  // namespace motcua::dossier
