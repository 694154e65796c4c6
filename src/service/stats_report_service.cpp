// The dossiers behind each figure, the backlog and the bottlenecks (issue 12, point 4).
#include "motcua/service/stats_report_service.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "motcua/common/dates.hpp"
#include "motcua/common/time.hpp"
#include "motcua/csv/csv.hpp"
#include "motcua/stats/marks.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/stats_query.hpp"
#include "motcua/store/stats_repository.hpp"
#include "motcua/xlsx/workbook.hpp"

namespace motcua::service {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

std::string stats_report_day_text(year_month_day d) { return format_date(d); }

std::string stats_report_start_of_day_after(year_month_day d) {
  return format_iso(start_of_local_day(year_month_day{sys_days{d} + days{1}}));
}

Error stats_report_invalid(std::string field, std::string en, std::string vi) {
  return make_error(ErrorCode::invalid, "stats." + field, std::move(en), std::move(vi),
                    std::move(field));
}

Status check_period(year_month_day from, year_month_day to) {
  if (sys_days{to} < sys_days{from})
    return stats_report_invalid("to", "to must not be before from",
                                "ngày kết thúc không được trước ngày bắt đầu");
  if ((sys_days{to} - sys_days{from}).count() + 1 > 3660)
    return stats_report_invalid("to", "a period covers at most ten years",
                                "kỳ thống kê tối đa mười năm");
  return ok_status();
}

// How open dossiers are judged for a period ending `to`: at the end of `to`, or now.
struct Judged {
  std::string day;
  TimePoint at{};
  store::StockCondition cond;
};
Judged judged_for(year_month_day to, TimePoint now) {
  const year_month_day today = local_date(now);
  if (sys_days{to} >= sys_days{today})
    return {stats_report_day_text(today),
            now,
            {format_iso(now), stats_report_start_of_day_after(today), false}};
  return {
      stats_report_day_text(to),
      from_local(LocalTime{(sys_days{to} + days{1}).time_since_epoch()}) - std::chrono::seconds{1},
      {}};
}

struct FlowMeasure {
  const char* api;
  stats::Measure measure;
  const char* channel;  // the received measure by channel
};
const FlowMeasure kFlows[] = {
    {"received", stats::Measure::received, nullptr},
    {"received_counter", stats::Measure::received, "counter"},
    {"received_online", stats::Measure::received, "online"},
    {"received_postal", stats::Measure::received, "postal"},
    {"finished_early", stats::Measure::finished_early, nullptr},
    {"finished_on_time", stats::Measure::finished_on_time, nullptr},
    {"finished_late", stats::Measure::finished_late, nullptr},
    {"finished_on_time_national", stats::Measure::finished_on_time_national, nullptr},
    {"finished_late_national", stats::Measure::finished_late_national, nullptr},
    {"withdrawn", stats::Measure::withdrawn, nullptr},
    {"refused", stats::Measure::refused, nullptr},
    {"supplement_requests", stats::Measure::supplement_requests, nullptr},
    {"apologies", stats::Measure::apologies, nullptr},
    {"late_without_apology", stats::Measure::late_without_apology, nullptr},
};

}  // namespace

const std::vector<std::string>& drilldown_measures() {
  static const std::vector<std::string> kAll = [] {
    std::vector<std::string> out;
    for (const auto& f : kFlows) out.emplace_back(f.api);
    for (const char* s : {"refused_at_reception", "in_progress_on_time", "in_progress_overdue",
                          "waiting_for_applicant"})
      out.emplace_back(s);
    return out;
  }();
  return kAll;
}

const std::vector<std::string>& backlog_buckets() {
  static const std::vector<std::string> kBuckets = {"1", "2-5", "6-10", "11+"};
  return kBuckets;
}

Result<std::string> StatsReportService::check_scope(store::SqlConnection& c, const auth::User& user,
                                                    const std::optional<std::string>& agency) {
  const std::string root = agency.value_or(user.agency_code);
  auto ancestors = store::agency_ancestors(c, root);
  if (!ancestors.ok()) return ancestors.error();
  if (ancestors->empty())
    return make_error(ErrorCode::invalid, "stats.agency", "no such agency: " + root,
                      "không có cơ quan mã " + root, "agency");
  for (const auto& a : *ancestors)
    if (a.code == user.agency_code) return root;
  return make_error(ErrorCode::forbidden, "stats.scope",
                    "you see the figures of your own agency and those below it",
                    "chỉ được xem số liệu của cơ quan mình và các đơn vị trực thuộc", "agency");
}

Result<DrilldownPage> StatsReportService::dossiers(const auth::User& user,
                                                   const DrilldownQuery& q) {
  MOTCUA_TRY(check_period(q.from, q.to));
  const auto& all = drilldown_measures();
  if (std::find(all.begin(), all.end(), q.measure) == all.end())
    return stats_report_invalid("measure", "measure must be one of the indicators' counts",
                                "measure phải là một chỉ tiêu đếm được của báo cáo");
  const Judged judged = judged_for(q.to, clock_.now());
  return db_.read<DrilldownPage>([&](store::SqlConnection& c) -> Result<DrilldownPage> {
    auto root = check_scope(c, user, q.agency);
    if (!root.ok()) return root.error();
    DrilldownPage out;
    out.agency = *root;
    out.judged_at = judged.at;
    store::StatsFilter f{*root, q.field, q.procedure, q.channel};
    const std::string from = stats_report_day_text(q.from), to = stats_report_day_text(q.to);
    Result<std::vector<store::MarkedDossier>> items = std::vector<store::MarkedDossier>{};
    const FlowMeasure* flow = nullptr;
    for (const auto& m : kFlows)
      if (q.measure == m.api) flow = &m;
    if (flow) {
      if (flow->channel) {
        // A channel asked twice, differently, leaves nothing.
        if (f.channel && *f.channel != flow->channel) return out;
        f.channel = flow->channel;
      }
      items = store::flow_page(c, f, flow->measure, from, to, q.own_only, q.after, q.limit + 1);
    } else if (q.measure == "refused_at_reception") {
      items = store::refusal_notice_page(c, f, from, to, q.own_only, q.after, q.limit + 1);
    } else {
      store::StockCondition cond = judged.cond;
      stats::Measure m = stats::Measure::overdue;
      if (q.measure == "waiting_for_applicant") m = stats::Measure::waiting_for_applicant;
      if (q.measure == "in_progress_on_time") {
        m = stats::Measure::in_progress;
        cond.on_time_only = true;
      }
      items = store::stock_page(c, f, m, judged.day, cond, q.own_only, q.after, q.limit + 1);
    }
    if (!items.ok()) return items.error();
    out.items = std::move(*items);
    if (int(out.items.size()) > q.limit) {
      out.items.resize(std::size_t(q.limit));
      out.next = out.items.back().key;
    }
    return out;
  });
}

Result<Backlog> StatsReportService::backlog(const auth::User& user, const BacklogQuery& q) {
  const TimePoint now = clock_.now();
  const Judged judged = judged_for(local_date(now), now);
  auto loaded = db_.read<Backlog>([&](store::SqlConnection& c) -> Result<Backlog> {
    auto root = check_scope(c, user, q.agency);
    if (!root.ok()) return root.error();
    Backlog b;
    b.agency = *root;
    b.judged_at = now;
    auto rows = store::stock_all(c, {*root, q.field, q.procedure, q.channel},
                                 stats::Measure::overdue, judged.day, judged.cond);
    if (!rows.ok()) return rows.error();
    std::map<std::string, long long> steps, holders;
    std::map<std::string, long long> buckets;
    for (auto& d : *rows) {
      OverdueDossier o{std::move(d), 0, 0, ""};
      const auto due = parse_iso(o.dossier.statutory_due_at);
      auto cal = calendars_(o.dossier.agency);
      if (!cal.ok()) return cal.error();
      if (due)
        o.overdue_minutes = std::max<std::int64_t>(0, -(*cal)->working_minutes_until(now, *due));
      o.overdue_days = int((o.overdue_minutes + 479) / 480);
      o.bucket = o.overdue_days <= 1    ? "1"
                 : o.overdue_days <= 5  ? "2-5"
                 : o.overdue_days <= 10 ? "6-10"
                                        : "11+";
      ++buckets[o.bucket];
      ++steps[o.dossier.current_step];
      ++holders[o.dossier.step_agency];
      b.items.push_back(std::move(o));
    }
    b.total = (long long)b.items.size();
    for (const auto& k : backlog_buckets()) b.by_bucket.push_back({k, "", buckets[k]});
    auto ranked = [](const std::map<std::string, long long>& m) {
      std::vector<CountRow> out;
      for (const auto& [k, n] : m) out.push_back({k, "", n});
      std::stable_sort(out.begin(), out.end(),
                       [](const CountRow& a, const CountRow& b) { return a.count > b.count; });
      return out;
    };
    b.by_step = ranked(steps);
    b.by_holder = ranked(holders);
    for (auto& h : b.by_holder) {
      auto name = store::agency_name(c, h.key);
      if (!name.ok()) return name.error();
      h.name = *name;
    }
    return b;
  });
  if (!loaded.ok()) return loaded.error();
  Backlog& b = *loaded;
  std::erase_if(b.items, [&](const OverdueDossier& o) {
    return (q.bucket && o.bucket != *q.bucket) || (q.step && o.dossier.current_step != *q.step) ||
           (q.holder && o.dossier.step_agency != *q.holder);
  });
  std::stable_sort(b.items.begin(), b.items.end(), [](const auto& x, const auto& y) {
    return x.overdue_minutes != y.overdue_minutes ? x.overdue_minutes > y.overdue_minutes
                                                  : x.dossier.code < y.dossier.code;
  });
  b.matching = (long long)b.items.size();
  const std::size_t first = std::min(b.items.size(), std::size_t(q.offset));
  const std::size_t last = std::min(b.items.size(), first + std::size_t(q.limit));
  b.items =
      std::vector<OverdueDossier>(b.items.begin() + long(first), b.items.begin() + long(last));
  return b;
}

Result<Bottlenecks> StatsReportService::bottlenecks(const auth::User& user,
                                                    const BottleneckQuery& q) {
  MOTCUA_TRY(check_period(q.from, q.to));
  struct Acc {
    StepRow row;
    double used = 0, allowed = 0;
    long long with_allowance = 0;
  };
  return db_.read<Bottlenecks>([&](store::SqlConnection& c) -> Result<Bottlenecks> {
    auto root = check_scope(c, user, q.agency);
    if (!root.ok()) return root.error();
    Bottlenecks out;
    out.agency = *root;
    auto codes = store::finished_codes(c, {*root, q.field, q.procedure, q.channel},
                                       stats_report_day_text(q.from), stats_report_day_text(q.to));
    if (!codes.ok()) return codes.error();
    std::map<std::pair<std::string, std::string>, Acc> acc;
    for (const auto& code : *codes) {
      auto found = store::find_dossier(c, code);
      if (!found.ok()) return found.error();
      if (!found->has_value()) continue;
      const dossier::Dossier& d = **found;
      auto events = store::dossier_events(c, code);
      if (!events.ok()) return events.error();
      auto cal = calendars_(d.competent_agency);
      if (!cal.ok()) return cal.error();
      const bool late = d.outcome && *d.outcome == calendar::Outcome::late;
      ++out.dossiers;
      if (late) ++out.late_dossiers;
      for (const auto& s : stats::step_stints(*events)) {
        if (!s.ended) continue;
        Acc& a = acc[{s.step, s.agency}];
        a.row.step = s.step;
        a.row.agency = s.agency;
        ++a.row.stints;
        a.used += double((*cal)->working_seconds_between(s.started, *s.ended)) / 3600.0;
        if (s.due) {
          ++a.with_allowance;
          a.allowed += double((*cal)->working_seconds_between(s.started, *s.due)) / 3600.0;
          if (*s.ended > *s.due) {
            ++a.row.late_stints;
            if (late) ++a.row.late_dossiers;
            if (q.step && *q.step == s.step && (!q.holder || *q.holder == s.agency))
              out.late_codes.push_back(code);
          }
        }
      }
    }
    for (auto& [key, a] : acc) {
      a.row.used_hours_mean = a.row.stints ? a.used / double(a.row.stints) : 0;
      a.row.allowed_hours_mean = a.with_allowance ? a.allowed / double(a.with_allowance) : 0;
      auto name = store::agency_name(c, a.row.agency);
      if (!name.ok()) return name.error();
      a.row.agency_name = *name;
      out.steps.push_back(a.row);
    }
    std::stable_sort(out.steps.begin(), out.steps.end(), [](const StepRow& x, const StepRow& y) {
      return x.late_stints != y.late_stints ? x.late_stints > y.late_stints
                                            : x.late_dossiers > y.late_dossiers;
    });
    std::sort(out.late_codes.begin(), out.late_codes.end());
    out.late_codes.erase(std::unique(out.late_codes.begin(), out.late_codes.end()),
                         out.late_codes.end());
    return out;
  });
}

Result<std::string> StatsReportService::xlsx(const ExportTable& t) {
  xlsx::SheetView v;
  v.sheet_name = "Bao cao";
  v.title = t.title;
  v.author = "motcua";
  v.heading = t.heading;
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    v.columns.push_back({t.columns[i], i == 0 ? 32.0 : 14.0, i < t.numeric.size() && t.numeric[i]});
  v.rows = t.rows;
  v.totals_row = t.totals_row;
  return xlsx::workbook_bytes(v);
}

std::string StatsReportService::csv(const ExportTable& t) {
  std::string out(csv::kUtf8Bom);
  out += csv::line(t.columns);
  for (const auto& r : t.rows) out += csv::line(r);
  return out;
}

}  // namespace motcua::service
