#include <map>

#include "motcua/common/time.hpp"
#include "motcua/dossier/consultation.hpp"
#include "motcua/service/workflow_service.hpp"
#include "motcua/store/queue_repository.hpp"

namespace motcua::service {

namespace {

// A page mostly holds one or two receiving agencies: each calendar is looked up once.
class CalendarCache {
 public:
  explicit CalendarCache(const CalendarLookup& lookup) : lookup_(lookup) {}
  Result<CalendarPtr> operator()(const std::string& agency) {
    auto& cal = calendars_[agency];
    if (!cal) {
      auto found = lookup_(agency);
      if (!found.ok()) return found.error();
      cal = std::move(*found);
    }
    return cal;
  }

 private:
  const CalendarLookup& lookup_;
  std::map<std::string, CalendarPtr> calendars_;
};

}  // namespace

Result<QueuePage> WorkflowService::queue(const auth::User& user, int limit,
                                         const std::optional<store::PageKey>& after, int offset) {
  const TimePoint now = clock_.now();
  return db_.read<QueuePage>([&](store::SqlConnection& c) -> Result<QueuePage> {
    const std::string role =
        user.role == auth::Role::admin ? std::string{} : std::string(auth::to_string(user.role));
    // One row more than the page tells whether another page follows.
    auto dossiers = store::queue_page(c, user.agency_code, role, limit + 1, after, offset);
    if (!dossiers.ok()) return dossiers.error();
    QueuePage page;
    page.limit = limit;
    page.offset = offset;
    if (int(dossiers->size()) > limit) {
      dossiers->resize(size_t(limit));
      page.next = store::queue_key(dossiers->back());
    }
    CalendarCache calendars(calendars_);
    for (auto& row : *dossiers) {
      QueueItem item;
      item.dossier = std::move(row);
      const dossier::Dossier& d = item.dossier;
      const TimePoint due = d.step_due_at.value_or(d.due_at);
      auto found = calendars(d.receiving_agency);
      if (!found.ok()) return found.error();
      const calendar::WorkingCalendar& cal = **found;
      // A dossier whose clock is stopped (waiting for the applicant, or lawfully paused) is
      // never overdue: its time left stands where the pause found it.
      const TimePoint as_of = d.clock_stopped ? d.paused_at.value_or(now) : now;
      const std::int64_t left = cal.working_minutes_until(as_of, due);
      item.remaining_minutes = left > 0 ? left : 0;
      item.overdue_minutes = left < 0 && !d.clock_stopped ? -left : 0;
      // Art. 19(9): from one working day before the dossier's due time the agency must act
      // (apologise and propose a new time), so the queue warns it.
      item.warning = !d.clock_stopped && cal.working_minutes_until(now, d.due_at) <= 8 * 60;
      // Art. 19(5): an opinion answered late, or awaited past its time, shows in the queue of
      // whoever holds the dossier (one index probe per item: the page stays O(page)).
      auto consulted = store::latest_consultation(c, d.code);
      if (!consulted.ok()) return consulted.error();
      if (consulted->has_value()) {
        const auto& row = **consulted;
        const auto asked_due = parse_iso(row.due_at);
        item.consultation_late =
            row.late || (!row.closed_at && asked_due &&
                         dossier::consultation_late(*asked_due, std::nullopt, now));
        item.consultation = std::move(**consulted);
      }
      page.items.push_back(std::move(item));
    }
    return page;
  });
}

Result<WorkflowService::PausedReport> WorkflowService::paused_report(
    const auth::User& user, int limit, const std::optional<store::PageKey>& after) {
  // For those who answer for the agency's timeliness, not for the desk.
  if (user.role == auth::Role::receiver || user.role == auth::Role::specialist)
    return make_error(ErrorCode::forbidden, "report.forbidden",
                      "the report of paused dossiers is for leaders, managers and inspectors",
                      "báo cáo hồ sơ tạm dừng dành cho lãnh đạo, quản lý và thanh tra");
  const TimePoint now = clock_.now();
  return db_.read<PausedReport>([&](store::SqlConnection& c) -> Result<PausedReport> {
    auto dossiers = store::paused_page(c, user.agency_code, limit + 1, after);
    if (!dossiers.ok()) return dossiers.error();
    PausedReport report;
    if (int(dossiers->size()) > limit) {
      dossiers->resize(size_t(limit));
      report.next = store::paused_key(dossiers->back());
    }
    CalendarCache calendars(calendars_);
    for (auto& d : *dossiers) {
      const TimePoint since = d.paused_at.value_or(now);
      auto found = calendars(d.receiving_agency);
      if (!found.ok()) return found.error();
      const auto minutes = (*found)->working_seconds_between(since, now) / 60;
      report.items.push_back({std::move(d), minutes});
    }
    if (!after) {
      auto counts = store::paused_counts(c, user.agency_code);
      if (!counts.ok()) return counts.error();
      report.counts = std::move(*counts);
    }
    return report;
  });
}

Result<ApologyReport> WorkflowService::apology_report(const auth::User& user, int limit,
                                                      const std::optional<store::PageKey>& after,
                                                      std::optional<TimePoint> from) {
  const TimePoint now = clock_.now();
  const std::string now_iso = format_iso(now);
  if (!from) {
    using namespace std::chrono;
    const year_month_day today{floor<days>(to_local(now))};
    from = from_local(local_days{today.year() / today.month() / 1});
  }
  const std::string from_iso = format_iso(std::min(*from, now));
  return db_.read<ApologyReport>([&](store::SqlConnection& c) -> Result<ApologyReport> {
    auto rows = store::late_without_apology(c, user.agency_code, now_iso, limit + 1, after);
    if (!rows.ok()) return rows.error();
    ApologyReport report;
    report.agency_code = user.agency_code;
    report.limit = limit;
    if (int(rows->size()) > limit) {
      rows->resize(size_t(limit));
      report.next = store::PageKey{rows->back().statutory_due_at, rows->back().code};
    }
    CalendarCache calendars(calendars_);
    for (const auto& r : *rows) {
      // Late by the working time from the statutory appointment to the decision (or to now).
      const auto due = parse_iso(r.statutory_due_at);
      const auto until = r.finished_at ? parse_iso(*r.finished_at) : std::optional<TimePoint>{now};
      auto cal = calendars(r.receiving_agency);
      if (!cal.ok()) return cal.error();
      const std::int64_t left = due && until ? (*cal)->working_minutes_until(*until, *due) : 0;
      report.without_apology.push_back(
          LateDossier{r.code, r.status, r.due_at, r.statutory_due_at, left < 0 ? -left : 0});
    }
    // The first page carries the counts (O(days of the period), store::late_counts); later
    // pages cost only their rows.
    if (after) return report;
    auto counts = store::late_counts(c, user.agency_code, std::min(*from, now), now);
    if (!counts.ok()) return counts.error();
    const std::int64_t late = counts->without_apology + counts->with_apology;
    report.counts =
        ApologyReport::Counts{from_iso, now_iso, late, counts->with_apology,
                              late == 0 ? 1.0 : double(counts->with_apology) / double(late)};
    return report;
  });
}

}  // namespace motcua::service
