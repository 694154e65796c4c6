#pragma once
// The statistics' reports beside the indicators (issue 12, points 4 and 5): the dossiers
// behind each figure, the backlog of overdue dossiers, the steps that make dossiers late, and
// the dashboard's tables as XLSX and CSV. Scope as the indicators: staff see their agency's
// subtree (a province's staff, the province).
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/service/calendar_lookup.hpp"
#include "motcua/service/stats_service.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/stats_marks.hpp"

namespace motcua::service {

// The measures a list can be asked for: the indicators' count fields.
const std::vector<std::string>& drilldown_measures();

struct DrilldownQuery {
  std::string measure;  // one of drilldown_measures()
  std::chrono::year_month_day from;
  std::chrono::year_month_day to;
  std::optional<std::string> agency;  // default: the user's own
  std::optional<std::string> field;
  std::optional<std::string> procedure;
  std::optional<std::string> channel;
  bool own_only = false;  // the agency's own dossiers, not its subtree's (a row by agency)
  std::optional<store::MarkKey> after;
  int limit = 50;
};

struct DrilldownPage {
  std::string agency;
  TimePoint judged_at{};  // when open dossiers were judged, as the indicators judge them
  std::vector<store::MarkedDossier> items;
  std::optional<store::MarkKey> next;
};

// Overdue open dossiers, as the indicator in_progress_overdue counts them now.
struct OverdueDossier {
  store::MarkedDossier dossier;
  std::int64_t overdue_minutes = 0;  // office minutes past the statutory appointment
  int overdue_days = 0;              // whole working days begun past it (8 office hours each)
  std::string bucket;                // "1", "2-5", "6-10", "11+"
};
struct CountRow {
  std::string key;
  std::string name;
  long long count = 0;
};
struct BacklogQuery {
  std::optional<std::string> agency;
  std::optional<std::string> field;
  std::optional<std::string> procedure;
  std::optional<std::string> channel;
  // Narrow the list (not the counts) to one bucket, step or holding agency.
  std::optional<std::string> bucket;
  std::optional<std::string> step;
  std::optional<std::string> holder;
  int limit = 50;
  int offset = 0;
};
struct Backlog {
  std::string agency;
  TimePoint judged_at{};
  long long total = 0;
  std::vector<CountRow> by_bucket;    // every bucket, in order, zeros included
  std::vector<CountRow> by_step;      // most first
  std::vector<CountRow> by_holder;    // the agency whose queue holds it, most first
  long long matching = 0;             // how many the list's narrowing keeps
  std::vector<OverdueDossier> items;  // most overdue first, `limit` after `offset`
};
const std::vector<std::string>& backlog_buckets();

// Per step (and agency holding it) of the dossiers finished in a period: how long the stints
// took against the step's allowance, in office hours, and how many overran it.
struct StepRow {
  std::string step;
  std::string agency;
  std::string agency_name;
  long long stints = 0;
  long long late_stints = 0;
  long long late_dossiers = 0;  // dossiers finished late in which this stint overran
  double used_hours_mean = 0;
  double allowed_hours_mean = 0;  // over the stints with an allowance
};
struct Bottlenecks {
  std::string agency;
  long long dossiers = 0;       // finished in the period
  long long late_dossiers = 0;  // of which finished late
  std::vector<StepRow> steps;   // the most late stints first
  // With `step` (and `holder`) asked: the dossiers whose stint there overran, by code.
  std::vector<std::string> late_codes;
};
struct BottleneckQuery {
  std::chrono::year_month_day from;
  std::chrono::year_month_day to;
  std::optional<std::string> agency;
  std::optional<std::string> field;
  std::optional<std::string> procedure;
  std::optional<std::string> channel;
  std::optional<std::string> step;
  std::optional<std::string> holder;
};

// A table to export: Vietnamese headings, rows of cells, the last row the totals.
struct ExportTable {
  std::string title;
  std::vector<std::string> heading;
  std::vector<std::string> columns;
  std::vector<bool> numeric;
  std::vector<std::vector<std::string>> rows;
  bool totals_row = true;
};

class StatsReportService {
 public:
  StatsReportService(store::Database& db, const Clock& clock, CalendarLookup calendars)
      : db_(db), clock_(clock), calendars_(std::move(calendars)) {}

  // The dossiers (or, for refused_at_reception, the notices) behind one indicator of the
  // period, with `count` on each line (above 1 only for supplement requests and apologies):
  // the counts add up to the indicator exactly. O(limit) per page.
  Result<DrilldownPage> dossiers(const auth::User& user, const DrilldownQuery& q);

  // The overdue open dossiers now: by age bucket, step and holding agency, and the list.
  // O(overdue dossiers in the subtree).
  Result<Backlog> backlog(const auth::User& user, const BacklogQuery& q);

  // The steps of the dossiers finished in the period. O(those dossiers' histories).
  Result<Bottlenecks> bottlenecks(const auth::User& user, const BottleneckQuery& q);

  // The bytes of `table` as XLSX, or as CSV in UTF-8 with a byte order mark (Excel reads the
  // Vietnamese right only with it).
  static Result<std::string> xlsx(const ExportTable& table);
  static std::string csv(const ExportTable& table);

 private:
  Result<std::string> check_scope(store::SqlConnection& c, const auth::User& user,
                                  const std::optional<std::string>& agency);
  store::Database& db_;
  const Clock& clock_;
  CalendarLookup calendars_;
};

}  // namespace motcua::service
