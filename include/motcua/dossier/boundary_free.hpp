#pragma once
// Reception regardless of administrative boundaries (Decree 118/2025/NĐ-CP: "thực hiện thủ
// tục hành chính không phụ thuộc vào địa giới hành chính"): for a procedure on the list its
// province publishes, a dossier may be received at any one-stop desk of the province and is
// routed to the competent agency the applicant belongs to, which the desk names. Both agencies
// are recorded (DOMAIN.md §1). The list is data an admin keeps (service/boundary_free_service).
#include <optional>
#include <string>
#include <vector>

#include "motcua/catalog/agency.hpp"
#include "motcua/catalog/procedure.hpp"
#include "motcua/common/result.hpp"
#include "motcua/dossier/reception.hpp"

namespace motcua::dossier {

// The nearest province at or above an agency, given the agency and its ancestors nearest first
// (store::agency_ancestors); none when it belongs to no province.
std::optional<std::string> province_of(const std::vector<catalog::Agency>& ancestors);

// What reception knows when it picks the competent agency.
struct CompetentChoice {
  const catalog::Procedure& procedure;
  // The receiving agency and its ancestors, nearest first.
  const std::vector<catalog::Agency>& receiving;
  // `competent_agency_code` from the request; empty = route by the rules alone.
  std::string requested;
  // The requested agency and its ancestors, nearest first; empty when no such agency exists.
  const std::vector<catalog::Agency>& requested_ancestors;
  // Whether the procedure is on the boundary-free list of the receiving agency's province.
  bool boundary_free = false;
};

// The competent agency of a dossier:
// - nothing requested: resolve_competent_agency from the receiving agency (as before);
// - the agency the rules give anyway: accepted, on the list or not;
// - another agency, the procedure not on the list: forbidden, field competent_agency_code
//   (a desk routes only boundary-free procedures to another agency);
// - an unknown agency: invalid, field competent_agency_code;
// - an agency of another province: forbidden (the list is the province's, Decree 118/2025);
// - an agency that is not itself competent for the procedure (the same level and field rules
//   as resolve_competent_agency, applied from that agency): invalid, naming the one that is.
Result<catalog::Agency> choose_competent_agency(const CompetentChoice& choice,
                                                const AgencyChildren& children);

}  // namespace motcua::dossier
