#pragma once
// An agency: a node of the tree province → commune / department → …; depth is data, so
// pre-2025 districts and their dossiers still fit.
#include <string>
#include <vector>

namespace motcua::catalog {

enum class AgencyKind { province, centre, department, district, commune, ministry };

std::string_view to_string(AgencyKind k);
bool parse_agency_kind(std::string_view s, AgencyKind& out);

struct Agency {
  std::string code;
  std::string name;
  AgencyKind kind = AgencyKind::commune;
  std::string parent_code;          // empty at the root
  std::string admin_unit_code;      // the administrative unit it serves, if any
  std::vector<std::string> fields;  // fields (lĩnh vực) it is competent for; empty = all
};

}  // namespace motcua::catalog
