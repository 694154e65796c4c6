#pragma once
// Who a printed paper is issued by, and its letterhead: the issuing body named as it is, under
// the body that governs it, with the place and the date of the act (issue 10 point 6).
#include <optional>
#include <string>
#include <vector>

#include "motcua/catalog/agency.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/render/letterhead.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service {

enum class IssuedBy {
  one_stop_desk,  // the receiving agency's one-stop desk: receipts, the book, the control sheet
  agency,         // the agency itself, e.g. the competent agency's refusal, apology, stop notice
};

// `chain` is the agency followed by its ancestors, nearest first (store::agency_ancestors).
// - A People's Committee unit (province, district, commune) issues as "Ủy ban nhân dân
//   phường Hội An"; its desk as "Bộ phận Một cửa" (a province's: "Trung tâm Phục vụ hành
//   chính công") under it.
// - A department, centre or other body issues in its own name under its governing body: the
//   People's Committee it belongs to, or, for the police, the Ministry of Public Security
//   (the People's Public Security force is organised vertically under it, Law on People's
//   Public Security 2018 Art. 17), never "Ủy ban nhân dân" + its own name.
// - The place is the locality of the nearest People's Committee unit; the date is `act_at`'s
//   (Vietnam time), the day the act was done, not the day the paper is printed; none leaves
//   the dotted blank.
render::Letterhead letterhead_for(const std::vector<catalog::Agency>& chain, IssuedBy by,
                                  std::optional<TimePoint> act_at);

// The same for the agency `code`, its chain read from the store. An unknown agency gives a
// letterhead naming only the code.
Result<render::Letterhead> load_letterhead(store::SqlConnection& c, const std::string& code,
                                           IssuedBy by, std::optional<TimePoint> act_at);

}  // namespace motcua::service
