#include "motcua/catalog/agency.hpp"

#include <array>
#include <utility>

namespace motcua::catalog {

namespace {
constexpr std::array<std::pair<AgencyKind, std::string_view>, 6> kKinds{{
    {AgencyKind::province, "province"},
    {AgencyKind::centre, "centre"},
    {AgencyKind::department, "department"},
    {AgencyKind::district, "district"},
    {AgencyKind::commune, "commune"},
    {AgencyKind::ministry, "ministry"},
}};
}  // namespace

std::string_view to_string(AgencyKind k) {
  for (const auto& [kind, name] : kKinds)
    if (kind == k) return name;
  return "commune";
}

bool parse_agency_kind(std::string_view s, AgencyKind& out) {
  for (const auto& [kind, name] : kKinds)
    if (name == s) {
      out = kind;
      return true;
    }
  return false;
}

}  // namespace motcua::catalog
