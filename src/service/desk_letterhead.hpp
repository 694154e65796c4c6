#pragma once
// The letterhead of a form issued at an agency's desk (service-internal): a commune's or a
// province's one-stop department under its people's committee, or a department under its
// province's committee; and the place printed before the date.
#include <string>

#include "motcua/render/letterhead.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service::detail {

struct DeskHeading {
  render::Letterhead letterhead;  // without number and place_date
  std::string place;              // "Hội An"; empty when the agency is not known
};

// An unknown agency gives an empty heading (the form keeps its blanks); a failed read fails.
Result<DeskHeading> desk_heading(store::SqlConnection& c, const std::string& agency_code);

}  // namespace motcua::service::detail
