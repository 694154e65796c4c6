#include "motcua/service/dossier_export.hpp"

#include <cstdio>
#include <map>
#include <stdexcept>

#include "motcua/common/dates.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/due_times.hpp"
#include "motcua/stats/counters.hpp"
#include "motcua/stats/summary.hpp"
#include "motcua/store/export_repository.hpp"
#include "motcua/store/stats_repository.hpp"

namespace motcua::service {

namespace {

std::string hours(std::int64_t seconds) {
  char out[32];
  std::snprintf(out, sizeof out, "%.2f", double(seconds) / 3600.0);
  return out;
}

std::string flag(bool b) { return b ? "1" : "0"; }

std::string finish_name(const std::optional<dossier::EventKind>& k) {
  if (!k) return "";
  switch (*k) {
    case dossier::EventKind::refuse:
      return "refused";
    case dossier::EventKind::withdraw:
      return "withdrawn";
    case dossier::EventKind::return_result:
      return "returned";
    default:
      return "";
  }
}

}  // namespace

const std::vector<std::string>& DossierExport::header() {
  static const std::vector<std::string> columns = {
      "code",
      "competent_agency",
      "agency_path",
      "receiving_agency",
      "field",
      "procedure",
      "channel",
      "status",
      "received_at",
      "received_day",
      "due_at",
      "statutory_due_at",
      "finished_at",
      "finished_day",
      "finish",
      "outcome",
      "outcome_national",
      "supplement_requests",
      "apologized",
      "late_without_apology",
      "open",
      "clock_running",
      "waiting_for_applicant",
      "judged_due_at",
      "processing_seconds",
      "allowed_seconds",
      "processing_hours",
      "statutory_hours",
      "processing_bucket_hours",
      "supplement_wait_seconds",
      "supplement_wait_hours",
      "rating",
      "rated_day",
  };
  return columns;
}

Status DossierExport::each_row(const ExportPeriod& period,
                               const std::function<Status(const std::vector<std::string>&)>& row) {
  const TimePoint now = clock_.now();
  std::optional<std::string> from, before;
  if (period.from) from = format_iso(start_of_local_day(*period.from));
  if (period.to)
    before = format_iso(start_of_local_day(
        std::chrono::year_month_day{std::chrono::sys_days{*period.to} + std::chrono::days{1}}));
  // One calendar per receiving agency for the whole export: the look-up reads the database.
  std::map<std::string, CalendarPtr> calendars;
  auto calendar_of = [&](const std::string& agency) -> Result<CalendarPtr> {
    if (auto it = calendars.find(agency); it != calendars.end()) return it->second;
    auto cal = calendars_(agency);
    if (!cal.ok()) return cal.error();
    calendars[agency] = *cal;
    return *cal;
  };
  auto done = db_.read<bool>([&](store::SqlConnection& c) -> Result<bool> {
    MOTCUA_TRY(store::begin_snapshot(c));
    Status walked = store::for_each_dossier_to_export(
        c, from, before, 500, [&](const store::DossierToExport& d) -> Status {
          const stats::DossierSummary s = stats::summary_of(d.events);
          auto cal = calendar_of(d.receiving_agency);
          if (!cal.ok()) return cal.error();
          const TimePoint until = s.finished_at.value_or(now);
          const auto spent = dossier::processing_seconds(d.events, until, std::nullopt, **cal);
          std::string bucket;
          if (s.processing_seconds && s.allowed_seconds) {
            const auto b = stats::processing_bucket_hours(*s.processing_seconds);
            bucket = b ? std::to_string(*b) : "over_800";
          }
          std::string national;
          if (s.on_time_national) national = *s.on_time_national ? "on_time" : "late";
          std::vector<std::string> r = {
              d.code,
              d.competent_agency,
              "/" + d.agency_path + "/",
              d.receiving_agency,
              d.field,
              d.procedure_code,
              d.channel,
              d.status,
              d.received_at,
              s.received_at ? stats::local_day(*s.received_at) : "",
              d.due_at,
              d.statutory_due_at,
              d.finished_at,
              s.finished_at ? stats::local_day(*s.finished_at) : "",
              finish_name(s.finish),
              s.outcome ? std::string(calendar::to_string(*s.outcome)) : "",
              national,
              std::to_string(s.supplement_requests),
              flag(s.apologized),
              flag(s.late_without_apology),
              flag(s.open),
              flag(s.clock_running),
              flag(s.waiting_for_applicant),
              s.judged_due_at ? format_iso(*s.judged_due_at) : "",
              s.processing_seconds ? std::to_string(*s.processing_seconds) : "",
              s.allowed_seconds ? std::to_string(*s.allowed_seconds) : "",
              s.processing_seconds ? hours(*s.processing_seconds) : "",
              s.allowed_seconds ? hours(*s.allowed_seconds) : "",
              bucket,
              std::to_string(spent.supplement_wait),
              hours(spent.supplement_wait),
              s.rating.value_or(""),
              s.rated_at ? stats::local_day(*s.rated_at) : "",
          };
          // A row that does not match the header would shift every column after it.
          if (r.size() != header().size())
            throw std::logic_error("export row and header differ in length");
          return row(r);
        });
    Status ended = store::end_snapshot(c);
    if (!walked.ok()) return walked.error();
    if (!ended.ok()) return ended.error();
    return true;
  });
  if (!done.ok()) return done.error();
  return ok_status();
}

}  // namespace motcua::service
