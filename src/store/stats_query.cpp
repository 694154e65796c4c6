#include "motcua/store/stats_query.hpp"

#include <chrono>
#include <cstdio>
#include <map>

#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {

using stats::MeasureKind;

// The agency and everything below it, as a subquery over parameter $n.
std::string stats_query_subtree(int n) {
  return "(WITH RECURSIVE sub(code) AS (SELECT CAST($" + std::to_string(n) +
         " AS TEXT) UNION ALL SELECT a.code FROM agencies a JOIN sub ON a.parent_code = "
         "sub.code) SELECT code FROM sub)";
}

// Where a report's counts are read (migrations 0013, 0024, 0025, 0029): the subtree rows of
// the agency itself, for every field, per field or per procedure; or per agency of the
// subtree, its own rows with the procedures folded; or, for a report by agency that names a
// field or a procedure, the fine rows of every agency of the subtree (one per agency, procedure
// and channel).
enum class Source { fine, subtree, field_subtree, procedure_subtree, own };

Source source_for(const StatsFilter& f, StatsGroup g) {
  if (g == StatsGroup::agency) return f.procedure || f.field ? Source::fine : Source::own;
  if (f.procedure || g == StatsGroup::procedure) return Source::procedure_subtree;
  return f.field || g == StatsGroup::field ? Source::field_subtree : Source::subtree;
}

// The group's expression over a table aliased `t` with columns agency_col, procedure_code (or
// field), channel (and day), and for the fine rows the procedures joined as p.
std::string group_expr(StatsGroup g, Source source, const std::string& agency_col,
                       const std::string& period_col = "day") {
  switch (g) {
    case StatsGroup::none:
      return "''";
    case StatsGroup::agency:
      return "t." + agency_col;
    case StatsGroup::field:
      return source == Source::field_subtree ? "t.field" : "COALESCE(p.field, '')";
    case StatsGroup::procedure:
      return "t.procedure_code";
    case StatsGroup::channel:
      return "t.channel";
    case StatsGroup::day:
      return "t." + period_col;
    case StatsGroup::month:
      return period_col == "month" ? "t.month" : "substr(t.day, 1, 7)";
  }
  return "''";
}

// Every query's first column is its group: grouped by position, which both engines accept even
// for the constant '' of no grouping (PostgreSQL refuses GROUP BY '').
constexpr const char* kGroupByFirst = " GROUP BY 1";

// " AND …" for the filter's optional parts, binding from parameter $next on.
std::string stats_query_filter_sql(const StatsFilter& f, Source source,
                                   std::vector<SqlValue>& params) {
  std::string out;
  auto bind = [&](const std::string& column, const std::string& value) {
    params.emplace_back(value);
    out += " AND " + column + " = $" + std::to_string(params.size());
  };
  if (f.field) bind(source == Source::field_subtree ? "t.field" : "p.field", *f.field);
  if (f.procedure) bind("t.procedure_code", *f.procedure);
  if (f.channel) bind("t.channel", *f.channel);
  return out;
}

std::string sums(bool stocks_only) {
  std::string out;
  for (const auto& m : stats::measures()) {
    if (stocks_only && m.kind != MeasureKind::stock) continue;
    out.append(", SUM(t.").append(m.name).append(")");
  }
  return out;
}

std::string by_channel() {
  std::string out;
  for (const char* channel : {"counter", "online", "postal"})
    out.append(", SUM(CASE WHEN t.channel = '")
        .append(channel)
        .append("' THEN t.received ELSE 0 END)");
  return out;
}

std::vector<GroupCounts> read_groups(const SqlRows& rows, bool stocks_only, bool negate = false) {
  std::vector<GroupCounts> out;
  for (const auto& r : rows) {
    GroupCounts g{r.text(0), {}};
    std::size_t col = 1;
    for (const auto& m : stats::measures()) {
      if (stocks_only && m.kind != MeasureKind::stock) continue;
      const long long v = r.is_null(col) ? 0 : r.integer(col);
      stats::at(g.counts, m.measure) = negate ? -v : v;
      ++col;
    }
    out.push_back(std::move(g));
  }
  return out;
}

// Adds rows into `into`, by group.
void merge(std::map<std::string, GroupCounts>& into, std::vector<GroupCounts> rows, int sign) {
  for (auto& r : rows) {
    GroupCounts& g = into[r.group];
    g.group = r.group;
    for (std::size_t i = 0; i < stats::kMeasureCount; ++i) g.counts[i] += sign * r.counts[i];
    g.received_counter += sign * r.received_counter;
    g.received_online += sign * r.received_online;
    g.received_postal += sign * r.received_postal;
  }
}

// "FROM <table> t … WHERE <the agency's subtree, parameter $n>" for `fine_table` (stat_days,
// stat_months or stat_totals): its subtree rows of the agency itself, or its own or fine rows of
// every agency below it.
std::string rows_of_subtree(const std::string& fine_table, Source source, int n) {
  const std::string suffix = fine_table.substr(std::string_view("stat_").size());
  const std::string agency = "$" + std::to_string(n);
  const std::string join = " t LEFT JOIN procedures p ON p.code = t.procedure_code";
  switch (source) {
    case Source::subtree:
      return " FROM stat_tree_" + suffix + " t WHERE t.agency_code = " + agency;
    case Source::field_subtree:
      return " FROM stat_field_" + suffix + " t WHERE t.agency_code = " + agency;
    case Source::procedure_subtree:
      return " FROM stat_proc_" + suffix + join + " WHERE t.agency_code = " + agency;
    case Source::own:
      return " FROM stat_own_" + suffix + " t WHERE t.agency_code IN " + stats_query_subtree(n);
    case Source::fine:
      break;
  }
  return " FROM " + fine_table + join + " WHERE t.agency_code IN " + stats_query_subtree(n);
}

// The sums of the rows of stat_days (period "day") or stat_months ("month") whose period lies
// after `lo` (or from it, when `lo_included`) up to `hi` included (no bound when empty).
Result<std::vector<GroupCounts>> period_sums(SqlConnection& c, const StatsFilter& f,
                                             StatsGroup group, const std::string& period,
                                             const std::string& lo, bool lo_included,
                                             const std::string& hi, bool stocks_only) {
  const std::string table = period == "day" ? "stat_days" : "stat_months";
  const Source source = source_for(f, group);
  const std::string g = group_expr(group, source, "agency_code", period);
  std::vector<SqlValue> params = {lo, f.agency};
  std::string where = "t." + period + (lo_included ? " >= $1" : " > $1");
  if (!hi.empty()) {
    params.emplace_back(hi);
    where += " AND t." + period + " <= $3";
  }
  const std::string sql = "SELECT " + g + sums(stocks_only) + (stocks_only ? "" : by_channel()) +
                          rows_of_subtree(table, source, 2) + " AND " + where +
                          stats_query_filter_sql(f, source, params) + kGroupByFirst;
  auto rows = c.query(sql, params);
  if (!rows.ok()) return rows.error();
  auto out = read_groups(*rows, stocks_only);
  if (stocks_only) return out;
  const std::size_t first = 1 + stats::kMeasureCount;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const SqlRow& r = (*rows)[i];
    out[i].received_counter = r.integer(first);
    out[i].received_online = r.integer(first + 1);
    out[i].received_postal = r.integer(first + 2);
  }
  return out;
}

std::chrono::year_month_day parse_day(const std::string& day) {
  return std::chrono::year_month_day{std::chrono::year{std::stoi(day.substr(0, 4))},
                                     std::chrono::month{unsigned(std::stoi(day.substr(5, 2)))},
                                     std::chrono::day{unsigned(std::stoi(day.substr(8, 2)))}};
}

std::string month_text(std::chrono::year_month ym) {
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02u", int(ym.year()), unsigned(ym.month()));
  return out;
}

std::vector<GroupCounts> values(std::map<std::string, GroupCounts>& groups) {
  std::vector<GroupCounts> out;
  for (auto& [key, g] : groups) out.push_back(std::move(g));
  return out;
}

}  // namespace

Result<std::vector<GroupCounts>> sum_days(SqlConnection& c, const StatsFilter& f, StatsGroup group,
                                          const std::string& from_day, const std::string& to_day) {
  using namespace std::chrono;
  std::map<std::string, GroupCounts> groups;
  auto add = [&](const std::string& period, const std::string& lo,
                 const std::string& hi) -> Status {
    auto rows = period_sums(c, f, group, period, lo, true, hi, false);
    if (!rows.ok()) return rows.error();
    merge(groups, std::move(*rows), 1);
    return ok_status();
  };
  // Whole months are read from stat_months, the days before and after them from stat_days.
  const year_month_day from = parse_day(from_day), to = parse_day(to_day);
  year_month first{from.year(), from.month()};
  if (from.day() != day{1}) first += months{1};
  year_month last{to.year(), to.month()};
  if (year_month_day_last{to.year(), month_day_last{to.month()}}.day() != to.day())
    last -= months{1};
  if (group == StatsGroup::day || first > last) {
    MOTCUA_TRY(add("day", from_day, to_day));
    return values(groups);
  }
  if (year_month{from.year(), from.month()} != first)
    MOTCUA_TRY(add("day", from_day, month_text(first) + "-00"));
  MOTCUA_TRY(add("month", month_text(first), month_text(last)));
  if (year_month{to.year(), to.month()} != last)
    MOTCUA_TRY(add("day", month_text(last + months{1}) + "-01", to_day));
  return values(groups);
}

Result<std::vector<GroupCounts>> stocks_at_end_of(SqlConnection& c, const StatsFilter& f,
                                                  StatsGroup group, const std::string& day) {
  const Source source = source_for(f, group);
  const std::string g = group_expr(group, source, "agency_code");
  std::vector<SqlValue> params = {f.agency};
  const std::string totals_sql = "SELECT " + g + sums(true) +
                                 rows_of_subtree("stat_totals", source, 1) +
                                 stats_query_filter_sql(f, source, params) + kGroupByFirst;
  auto totals = c.query(totals_sql, params);
  if (!totals.ok()) return totals.error();
  std::map<std::string, GroupCounts> groups;
  merge(groups, read_groups(*totals, true), 1);
  // Less what comes after the day: the rest of its month by day, the later months whole.
  const std::string month = day.substr(0, 7);
  auto rest_of_month = period_sums(c, f, group, "day", day, false, month + "-99", true);
  if (!rest_of_month.ok()) return rest_of_month.error();
  merge(groups, std::move(*rest_of_month), -1);
  auto later_months = period_sums(c, f, group, "month", month, false, "", true);
  if (!later_months.ok()) return later_months.error();
  merge(groups, std::move(*later_months), -1);
  return values(groups);
}

Result<std::vector<GroupCounts>> due_between(SqlConnection& c, const StatsFilter& f,
                                             StatsGroup group, TimePoint now, TimePoint until) {
  std::map<std::string, GroupCounts> groups;
  auto add = [&](const SqlRows& rows) {
    for (const auto& r : rows) {
      GroupCounts& g = groups[r.text(0)];
      g.group = r.text(0);
      stats::at(g.counts, stats::Measure::overdue) += r.integer(1);
    }
  };
  // The subtree's quarter hours after now's own are counted ahead (stat_tree_due, per field
  // stat_field_due); the rest of now's quarter hour is read from the open dossiers' index, a
  // few minutes of due times.
  const Source source = source_for(f, group);
  TimePoint exact_until = until;
  if (source == Source::subtree || source == Source::field_subtree) {
    exact_until = std::min(until, stats::quarter_hour_after(now));
    if (exact_until < until) {
      std::vector<SqlValue> params = {f.agency, stats::quarter_hour(exact_until),
                                      stats::quarter_hour(until)};
      const std::string g = group_expr(group, source, "agency_code");
      const std::string table = source == Source::subtree ? "stat_tree_due" : "stat_field_due";
      auto rows = c.query("SELECT " + g + ", SUM(t.running) FROM " + table +
                              " t WHERE t.agency_code = $1 AND t.slot >= $2 AND t.slot < $3" +
                              stats_query_filter_sql(f, source, params) + kGroupByFirst,
                          params);
      if (!rows.ok()) return rows.error();
      add(*rows);
    }
  }
  if (now < exact_until) {
    const std::string g = group_expr(group, Source::fine, "competent_agency");
    std::vector<SqlValue> params = {format_iso(now), format_iso(exact_until), f.agency};
    // Word for word the partial index dossiers_open_due's condition, so the index serves it.
    const std::string sql = "SELECT " + g +
                            ", COUNT(*) FROM dossiers t LEFT JOIN procedures p ON p.code = "
                            "t.procedure_code WHERE t.finished_at IS NULL AND t.clock_stopped = 0 "
                            "AND t.statutory_due_at > $1 AND t.statutory_due_at < $2 AND "
                            "t.competent_agency IN " +
                            stats_query_subtree(3) +
                            stats_query_filter_sql(f, Source::fine, params) + kGroupByFirst;
    auto rows = c.query(sql, params);
    if (!rows.ok()) return rows.error();
    add(*rows);
  }
  return values(groups);
}

Result<std::string> agency_name(SqlConnection& c, const std::string& code) {
  auto r = c.query("SELECT name FROM agencies WHERE code = $1", {code});
  if (!r.ok()) return r.error();
  return r->empty() ? std::string() : r->front().text(0);
}

Result<std::string> procedure_name(SqlConnection& c, const std::string& code) {
  auto r = c.query("SELECT name FROM procedures WHERE code = $1", {code});
  if (!r.ok()) return r.error();
  return r->empty() ? std::string() : r->front().text(0);
}

}  // namespace motcua::store
