#include "motcua/service/letterheads.hpp"

#include <chrono>

#include "motcua/common/time.hpp"
#include "motcua/render/form_text.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {
namespace {

using catalog::Agency;
using catalog::AgencyKind;

bool is_people_committee_unit(const Agency& a) {
  return a.kind == AgencyKind::province || a.kind == AgencyKind::district ||
         a.kind == AgencyKind::commune;
}

// "Ủy ban nhân dân phường Hội An".
std::string committee_of(const Agency& unit) {
  return "Ủy ban nhân dân " + render::unit_in_sentence(unit.name);
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

// The body a non-committee agency is issued under (empty for a ministry or a root).
std::string governing_body(const std::vector<Agency>& chain) {
  const Agency& self = chain.front();
  if (self.kind == AgencyKind::ministry) return "";
  if (starts_with(self.name, "Công an ")) return "Bộ Công an";
  if (chain.size() < 2) return "";
  const Agency& parent = chain[1];
  return is_people_committee_unit(parent) ? committee_of(parent) : parent.name;
}

}  // namespace

render::Letterhead letterhead_for(const std::vector<Agency>& chain, IssuedBy by,
                                  std::optional<TimePoint> act_at) {
  render::Letterhead head;
  if (chain.empty()) return head;
  const Agency& self = chain.front();
  if (is_people_committee_unit(self)) {
    if (by == IssuedBy::one_stop_desk) {
      head.parent_agency = committee_of(self);
      head.agency = self.kind == AgencyKind::province ? "Trung tâm Phục vụ hành chính công"
                                                      : "Bộ phận Một cửa";
    } else {
      head.agency = committee_of(self);
    }
  } else {
    head.parent_agency = governing_body(chain);
    head.agency = self.name;
  }
  std::string place;
  for (const Agency& a : chain)
    if (is_people_committee_unit(a)) {
      place = render::place_of(a.name);
      break;
    }
  if (act_at) {
    const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(to_local(*act_at))};
    head.place_date = render::place_date_line(place, int(ymd.year()), int(unsigned(ymd.month())),
                                              int(unsigned(ymd.day())));
  }
  return head;
}

Result<render::Letterhead> load_letterhead(store::SqlConnection& c, const std::string& code,
                                           IssuedBy by, std::optional<TimePoint> act_at) {
  auto chain = store::agency_ancestors(c, code);
  if (!chain.ok()) return chain.error();
  if (chain->empty()) {
    render::Letterhead head = letterhead_for({}, by, std::nullopt);
    head.agency = code;
    return head;
  }
  return letterhead_for(*chain, by, act_at);
}

}  // namespace motcua::service
