#include "desk_letterhead.hpp"

#include "motcua/render/form_text.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::service::detail {

Result<DeskHeading> desk_heading(store::SqlConnection& c, const std::string& agency_code) {
  DeskHeading h;
  auto agency = store::find_agency(c, agency_code);
  if (!agency.ok()) return agency.error();
  if (!agency->has_value()) return h;
  const auto& a = **agency;
  if (a.kind == catalog::AgencyKind::commune || a.kind == catalog::AgencyKind::province) {
    h.letterhead.parent_agency = "Ủy ban nhân dân " + a.name;
    h.letterhead.agency = "Bộ phận Một cửa";
    h.place = render::place_of(a.name);
    return h;
  }
  h.letterhead.agency = a.name;
  auto parent = store::find_agency(c, a.parent_code);
  if (!parent.ok()) return parent.error();
  if (parent->has_value()) {
    h.letterhead.parent_agency = "Ủy ban nhân dân " + (*parent)->name;
    h.place = render::place_of((*parent)->name);
  }
  return h;
}

}  // namespace motcua::service::detail
