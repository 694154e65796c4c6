#pragma once
// Why a dossier's processing may be paused: a closed list kept as data
// (data/embed/workflow/pause_reasons.tsv), each reason with whether the law stops the clock
// for it and whether the dossier then waits for the applicant (issue 10). A pause that hid
// lateness would make every statistic worthless, so only a listed reason that stops the
// clock moves an appointment.
#include <string>
#include <string_view>
#include <vector>

#include "motcua/common/result.hpp"

namespace motcua::dossier {

struct PauseReason {
  std::string code;
  bool stops_clock = false;
  bool waits_for_applicant = false;
  std::string label_vi;
  std::string label_en;
  std::string basis;  // the law that allows it, in Vietnamese
};

// Parses the table's text; an error naming the line when a row is malformed.
Result<std::vector<PauseReason>> parse_pause_reasons(std::string_view tsv);

// The embedded list, in its order.
const std::vector<PauseReason>& pause_reasons();

// The reason with `code`; nullptr when it is not on the list.
const PauseReason* find_pause_reason(std::string_view code);

}  // namespace motcua::dossier
