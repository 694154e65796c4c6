#pragma once
// One dossier's figures as a row an analyst can recount (`motcua export dossiers`, issue 12):
// how it ended and where it stands, read from its history by the same walk as the counters
// (counters.hpp contribution), so a recount from the export meets the counters exactly.
#include <optional>
#include <string>
#include <vector>

#include "motcua/calendar/working_calendar.hpp"
#include "motcua/dossier/dossier.hpp"

namespace motcua::stats {

struct DossierSummary {
  std::optional<TimePoint> received_at;
  std::optional<TimePoint> finished_at;      // a decision, a return or a withdrawal
  std::optional<dossier::EventKind> finish;  // refuse, return_result or withdraw
  std::optional<calendar::Outcome> outcome;  // ours, against the statutory appointment
  std::optional<bool> on_time_national;      // the national index's reading (Decision 766, 2.1)
  int supplement_requests = 0;
  bool apologized = false;
  bool late_without_apology = false;
  // Open dossiers: whether the clock runs, whether the applicant is awaited, and the
  // appointment from which the dossier counts as overdue while the clock runs.
  bool open = false;
  bool clock_running = false;
  bool waiting_for_applicant = false;
  std::optional<TimePoint> judged_due_at;
  // A judged finish of a procedure with a stated limit: office seconds used and allowed.
  std::optional<int> processing_seconds;
  std::optional<int> allowed_seconds;
  // The applicant's rating (a level's code) and when it was given.
  std::optional<std::string> rating;
  std::optional<TimePoint> rated_at;
};

DossierSummary summary_of(const std::vector<dossier::DossierEvent>& history);

// The upper bound in hours of the processing-time bucket (counters.hpp processing_buckets)
// holding `seconds`; none for the open last bucket.
std::optional<int> processing_bucket_hours(long long seconds);

}  // namespace motcua::stats
