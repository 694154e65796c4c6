#pragma once
// The dossiers behind each figure (issue 12, point 4): what one dossier adds to the counters,
// kept per dossier as marks, so a figure's list is read from an index instead of replaying
// every history. A mark is the same contribution() the counters sum, so the list of a measure
// holds exactly the dossiers its count adds up.
//   flow   one mark per day a dossier adds to the measure (`count` times; only supplement
//          requests and apologies can exceed 1), from = until = that day;
//   stock  one mark per stretch of days at whose end the dossier is in the state: from the
//          day it enters to the day it leaves (excluded), or kOpenUntil while it stays.
// And the steps a dossier went through, for the bottleneck report.
#include <optional>
#include <string>
#include <vector>

#include "motcua/stats/counters.hpp"

namespace motcua::stats {

inline constexpr std::string_view kOpenUntil = "9999-12-31";

struct Mark {
  Measure measure;
  std::string from_day;  // YYYY-MM-DD
  std::string until_day;
  long long count = 1;
  bool operator==(const Mark&) const = default;
};

// The marks of one dossier's contribution, by measure then day (the processing-time sums and
// histogram left out: they count no dossiers).
std::vector<Mark> marks_of(const DayCounts& days);

// A stretch a dossier spent in one step of its process: from the event that put it there to
// the next event that moved it on (or `ended` empty while it is still there), against the
// step's deadline.
struct StepStint {
  std::string step;
  std::string agency;  // whose queue held it
  TimePoint started{};
  std::optional<TimePoint> ended;
  std::optional<TimePoint> due;
};

// The steps of a history (its reception first), in order. A step left without a deadline
// (waiting for the applicant) has none.
std::vector<StepStint> step_stints(const std::vector<dossier::DossierEvent>& history);

}  // namespace motcua::stats
