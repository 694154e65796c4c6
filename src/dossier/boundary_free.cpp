// Reception regardless of administrative boundaries (boundary_free.hpp; Decree 118/2025).
#include "motcua/dossier/boundary_free.hpp"

#include <algorithm>

namespace motcua::dossier {

namespace {

constexpr const char* kField = "competent_agency_code";

// The agency's kind implements the procedure's level: a commune (or a district, for dossiers
// from before July 2025) a commune-level one; a department or the province a province-level
// one. resolve_competent_agency falls back to the province's department of the field even for
// a commune-level procedure received at a department; an agency a desk names is held to the
// level itself.
bool level_fits(const catalog::Procedure& p, const catalog::Agency& a) {
  using catalog::AgencyKind;
  using catalog::Level;
  auto has = [&](Level l) {
    return std::find(p.levels.begin(), p.levels.end(), l) != p.levels.end();
  };
  switch (a.kind) {
    case AgencyKind::commune:
    case AgencyKind::district:
      return has(Level::commune);
    case AgencyKind::department:
    case AgencyKind::province:
      return has(Level::province);
    case AgencyKind::centre:
    case AgencyKind::ministry:
      return false;
  }
  return false;
}

}  // namespace

std::optional<std::string> province_of(const std::vector<catalog::Agency>& ancestors) {
  auto it = std::find_if(ancestors.begin(), ancestors.end(), [](const catalog::Agency& a) {
    return a.kind == catalog::AgencyKind::province;
  });
  if (it == ancestors.end()) return std::nullopt;
  return it->code;
}

Result<catalog::Agency> choose_competent_agency(const CompetentChoice& c,
                                                const AgencyChildren& children) {
  auto routed = resolve_competent_agency(c.procedure, c.receiving, children);
  if (!routed.ok()) return routed.error();
  if (c.requested.empty() || c.requested == routed->code) return routed;
  const std::string& code = c.procedure.code;
  if (!c.boundary_free)
    return make_error(ErrorCode::forbidden, "reception.not_boundary_free",
                      "procedure " + code +
                          " is not on the province's boundary-free list: the dossier goes to " +
                          routed->code + ", not " + c.requested,
                      "thủ tục " + code +
                          " không thuộc danh mục tiếp nhận không phụ thuộc địa giới hành chính: "
                          "hồ sơ chuyển đến " +
                          routed->code + ", không chuyển cho " + c.requested,
                      kField);
  if (c.requested_ancestors.empty())
    return make_error(ErrorCode::invalid, "agency.not_found", "unknown agency " + c.requested,
                      "không có cơ quan mã " + c.requested, kField);
  const auto here = province_of(c.receiving);
  const auto there = province_of(c.requested_ancestors);
  if (!here || here != there)
    return make_error(ErrorCode::forbidden, "reception.other_province",
                      "agency " + c.requested + " is outside the province of the receiving desk (" +
                          here.value_or("-") + "); its boundary-free list covers only its own",
                      "cơ quan " + c.requested + " không thuộc tỉnh của nơi tiếp nhận (" +
                          here.value_or("-") +
                          "); danh mục không phụ thuộc địa giới chỉ áp dụng trong tỉnh",
                      kField);
  // Competent = the rules, applied from the requested agency, give that agency itself.
  auto competent = resolve_competent_agency(c.procedure, c.requested_ancestors, children);
  if (!competent.ok()) return competent.error();
  if (!level_fits(c.procedure, c.requested_ancestors.front()) || competent->code != c.requested) {
    const bool other = competent->code != c.requested;
    return make_error(
        ErrorCode::invalid, "reception.not_competent",
        "agency " + c.requested + " is not competent for procedure " + code +
            (other ? " (" + competent->code + " is)" : std::string(" (level or field)")),
        "cơ quan " + c.requested + " không có thẩm quyền giải quyết thủ tục " + code +
            (other ? " (thẩm quyền thuộc " + competent->code + ")"
                   : std::string(" (không đúng cấp hoặc lĩnh vực)")),
        kField);
  }
  return competent;
}

}  // namespace motcua::dossier
