// The indicators API's reading of the counters: flows summed over the period, stocks judged at
// the earlier of now and the period's end (issue 12).
#include <cstdio>
#include <map>

#include "motcua/common/dates.hpp"
#include "motcua/common/time.hpp"
#include "motcua/service/stats_service.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/stats_query.hpp"

namespace motcua::service {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

std::string day_text(year_month_day d) { return format_date(d); }

// The start of the local day after `d`.
TimePoint start_of_day_after(year_month_day d) {
  return start_of_local_day(year_month_day{sys_days{d} + days{1}});
}

store::StatsGroup store_group(IndicatorGroup g) {
  switch (g) {
    case IndicatorGroup::agency:
      return store::StatsGroup::agency;
    case IndicatorGroup::field:
      return store::StatsGroup::field;
    case IndicatorGroup::procedure:
      return store::StatsGroup::procedure;
    case IndicatorGroup::channel:
      return store::StatsGroup::channel;
    case IndicatorGroup::day:
      return store::StatsGroup::day;
    case IndicatorGroup::month:
      return store::StatsGroup::month;
    case IndicatorGroup::none:
      break;
  }
  return store::StatsGroup::none;
}

struct Accumulated {
  stats::Counts flows{};
  stats::ChannelCounts received{};
  stats::Counts stocks{};
};

void add_counts(stats::Counts& into, const stats::Counts& more) {
  for (std::size_t i = 0; i < stats::kMeasureCount; ++i) into[i] += more[i];
}

stats::Counts stocks_only(const stats::Counts& c) {
  stats::Counts out{};
  for (const auto& m : stats::measures())
    if (m.kind == stats::MeasureKind::stock) stats::at(out, m.measure) = stats::at(c, m.measure);
  return out;
}

Error range_error(std::string_view field, std::string_view en, std::string_view vi) {
  return make_error(ErrorCode::invalid, "stats.range", std::string(en), std::string(vi),
                    std::string(field));
}

}  // namespace

Result<IndicatorReport> StatsService::indicators(const auth::User& user, const IndicatorQuery& q) {
  if (sys_days{q.to} < sys_days{q.from})
    return range_error("to", "to must not be before from",
                       "ngày kết thúc không được trước ngày bắt đầu");
  const auto span = (sys_days{q.to} - sys_days{q.from}).count() + 1;
  if (q.group_by == IndicatorGroup::day && span > 366)
    return range_error("to", "a grouping by day covers at most 366 days",
                       "thống kê theo ngày tối đa 366 ngày");
  if (span > 3660)
    return range_error("to", "a period covers at most ten years", "kỳ thống kê tối đa mười năm");
  const TimePoint now = clock_.now();
  const year_month_day today = local_date(now);
  IndicatorReport report;
  report.agency = q.agency.value_or(user.agency_code);
  const bool until_now = sys_days{q.to} >= sys_days{today};
  const year_month_day judged_day = until_now ? today : q.to;
  report.judged_at = until_now
                         ? now
                         : from_local(LocalTime{(sys_days{q.to} + days{1}).time_since_epoch()}) -
                               std::chrono::seconds{1};
  const store::StatsFilter filter{report.agency, q.field, q.procedure, q.channel};
  const store::StatsGroup group = store_group(q.group_by);
  const bool by_time = group == store::StatsGroup::day || group == store::StatsGroup::month;

  auto built = db_.read<IndicatorReport>([&](store::SqlConnection& c) -> Result<IndicatorReport> {
    // Staff see their own agency and what lies below it.
    auto ancestors = store::agency_ancestors(c, report.agency);
    if (!ancestors.ok()) return ancestors.error();
    if (ancestors->empty())
      return make_error(ErrorCode::invalid, "stats.agency", "no such agency: " + report.agency,
                        "không có cơ quan mã " + report.agency, "agency");
    bool within = false;
    for (const auto& a : *ancestors) within = within || a.code == user.agency_code;
    if (!within)
      return make_error(ErrorCode::forbidden, "stats.scope",
                        "you see the figures of your own agency and those below it",
                        "chỉ được xem số liệu của cơ quan mình và các đơn vị trực thuộc", "agency");
    MOTCUA_TRY(store::begin_snapshot(c));
    auto done = [&]() -> Result<IndicatorReport> {
      std::map<std::string, Accumulated> groups;
      auto flows = store::sum_days(c, filter, group, day_text(q.from), day_text(q.to));
      if (!flows.ok()) return flows.error();
      // Due later today: the day counters count them overdue already.
      auto due_today =
          until_now ? store::due_between(c, filter, by_time ? store::StatsGroup::none : group, now,
                                         start_of_day_after(today))
                    : Result<std::vector<store::GroupCounts>>(std::vector<store::GroupCounts>{});
      if (!due_today.ok()) return due_today.error();
      if (!by_time) {
        for (const auto& g : *flows) {
          auto& a = groups[g.group];
          a.flows = g.counts;
          a.received = {g.received_counter, g.received_online, g.received_postal};
        }
        auto stocks = store::stocks_at_end_of(c, filter, group, day_text(judged_day));
        if (!stocks.ok()) return stocks.error();
        for (const auto& g : *stocks) add_counts(groups[g.group].stocks, g.counts);
        for (const auto& g : *due_today)
          stats::at(groups[g.group].stocks, stats::Measure::overdue) -=
              stats::at(g.counts, stats::Measure::overdue);
      } else {
        // Each day's (or month's) stocks at its end: the stocks before the period plus each
        // period's change while it lies before today; from today on, the stocks of now.
        std::map<std::string, const store::GroupCounts*> by_period;
        for (const auto& g : *flows) by_period[g.group] = &g;
        stats::Counts running{};
        if (sys_days{q.from} <= sys_days{today}) {
          auto base = store::stocks_at_end_of(c, filter, store::StatsGroup::none,
                                              day_text(year_month_day{sys_days{q.from} - days{1}}));
          if (!base.ok()) return base.error();
          for (const auto& g : *base) add_counts(running, g.counts);
        }
        stats::Counts now_stocks{};
        if (until_now) {
          auto at_now =
              store::stocks_at_end_of(c, filter, store::StatsGroup::none, day_text(today));
          if (!at_now.ok()) return at_now.error();
          for (const auto& g : *at_now) add_counts(now_stocks, g.counts);
          for (const auto& g : *due_today)
            stats::at(now_stocks, stats::Measure::overdue) -=
                stats::at(g.counts, stats::Measure::overdue);
        }
        const bool monthly = q.group_by == IndicatorGroup::month;
        for (auto d = sys_days{q.from}; d <= sys_days{q.to};) {
          const std::string first = day_text(year_month_day{d});
          const std::string key = monthly ? first.substr(0, 7) : first;
          sys_days last = d;
          if (monthly) {
            const year_month_day ymd{d};
            last = std::min(sys_days{ymd.year() / ymd.month() / std::chrono::last}, sys_days{q.to});
          }
          auto& a = groups[key];
          const auto it = by_period.find(key);
          if (it != by_period.end()) {
            add_counts(a.flows, it->second->counts);
            a.received = {it->second->received_counter, it->second->received_online,
                          it->second->received_postal};
          }
          if (last < sys_days{today}) {
            if (it != by_period.end()) add_counts(running, stocks_only(it->second->counts));
            a.stocks = running;
          } else {
            a.stocks = now_stocks;
          }
          d = last + days{1};
        }
      }
      IndicatorReport out = report;
      for (auto& [key, a] : groups) {
        // Flows carry the stocks' day changes too; only the judged stocks count.
        for (const auto& m : stats::measures())
          if (m.kind == stats::MeasureKind::stock) stats::at(a.flows, m.measure) = 0;
        IndicatorRow row{key, {}, stats::indicators_of(a.flows, a.received, a.stocks)};
        if (!by_time && stats::all_zero(a.flows) && stats::all_zero(a.stocks)) continue;
        if (q.group_by == IndicatorGroup::agency) {
          auto name = store::agency_name(c, key);
          if (!name.ok()) return name.error();
          row.name = *name;
        } else if (q.group_by == IndicatorGroup::procedure) {
          auto name = store::procedure_name(c, key);
          if (!name.ok()) return name.error();
          row.name = *name;
        }
        out.rows.push_back(std::move(row));
      }
      if (q.group_by == IndicatorGroup::none && out.rows.empty())
        out.rows.push_back({"", "", stats::indicators_of({}, {}, {})});
      return out;
    }();
    MOTCUA_TRY(store::end_snapshot(c));
    return done;
  });
  return built;
}

}  // namespace motcua::service

namespace motcua::service {

Result<Index766Report> StatsService::index766(const auth::User& user, const std::string& period,
                                              const std::optional<std::string>& agency) {
  const auto p = stats::parse_period(period);
  if (!p)
    return make_error(ErrorCode::invalid, "stats.period",
                      "period must be YYYY-MM, YYYY-Qn (n = 1..4) or YYYY",
                      "kỳ đánh giá phải có dạng YYYY-MM, YYYY-Qn (n = 1..4) hoặc YYYY", "period");
  IndicatorQuery q;
  q.from = p->from;
  q.to = p->to;
  q.agency = agency;
  auto report = indicators(user, q);
  if (!report.ok()) return report.error();
  Index766Report out;
  out.period = period;
  out.from = p->from;
  out.to = p->to;
  out.agency = report->agency;
  out.judged_at = report->judged_at;
  out.values = report->rows.front().values;
  out.score = stats::score_index(stats::index766(), out.values);
  return out;
}

}  // namespace motcua::service
