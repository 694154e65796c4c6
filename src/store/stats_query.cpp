#include "motcua/store/stats_query.hpp"

namespace motcua::store {

namespace {

using stats::MeasureKind;

// The agency and everything below it, as a subquery over parameter $n.
std::string subtree(int n) {
  return "(WITH RECURSIVE sub(code) AS (SELECT CAST($" + std::to_string(n) +
         " AS TEXT) UNION ALL SELECT a.code FROM agencies a JOIN sub ON a.parent_code = "
         "sub.code) SELECT code FROM sub)";
}

// The group's expression over a table aliased `t` with columns agency_col, procedure_code,
// channel (and day), and the procedures joined as p.
std::string group_expr(StatsGroup g, const std::string& agency_col) {
  switch (g) {
    case StatsGroup::none:
      return "''";
    case StatsGroup::agency:
      return "t." + agency_col;
    case StatsGroup::field:
      return "COALESCE(p.field, '')";
    case StatsGroup::procedure:
      return "t.procedure_code";
    case StatsGroup::channel:
      return "t.channel";
    case StatsGroup::day:
      return "t.day";
  }
  return "''";
}

// " AND …" for the filter's optional parts, binding from parameter $next on.
std::string filter_sql(const StatsFilter& f, std::vector<SqlValue>& params) {
  std::string out;
  auto bind = [&](const std::string& column, const std::string& value) {
    params.emplace_back(value);
    out += " AND " + column + " = $" + std::to_string(params.size());
  };
  if (f.field) bind("p.field", *f.field);
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

}  // namespace

Result<std::vector<GroupCounts>> sum_days(SqlConnection& c, const StatsFilter& f, StatsGroup group,
                                          const std::string& from_day, const std::string& to_day) {
  std::vector<SqlValue> params = {from_day, to_day, f.agency};
  const std::string g = group_expr(group, "agency_code");
  const std::string sql = "SELECT " + g + sums(false) + by_channel() +
                          " FROM stat_days t LEFT JOIN procedures p ON p.code = t.procedure_code "
                          "WHERE t.day >= $1 AND t.day <= $2 AND t.agency_code IN " +
                          subtree(3) + filter_sql(f, params) + " GROUP BY " + g;
  auto rows = c.query(sql, params);
  if (!rows.ok()) return rows.error();
  auto out = read_groups(*rows, false);
  const std::size_t first = 1 + stats::kMeasureCount;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const SqlRow& r = (*rows)[i];
    out[i].received_counter = r.integer(first);
    out[i].received_online = r.integer(first + 1);
    out[i].received_postal = r.integer(first + 2);
  }
  return out;
}

Result<std::vector<GroupCounts>> stocks_at_end_of(SqlConnection& c, const StatsFilter& f,
                                                  StatsGroup group, const std::string& day) {
  const std::string g = group_expr(group, "agency_code");
  std::vector<SqlValue> params = {f.agency};
  const std::string totals_sql = "SELECT " + g + sums(true) +
                                 " FROM stat_totals t LEFT JOIN procedures p ON p.code = "
                                 "t.procedure_code WHERE t.agency_code IN " +
                                 subtree(1) + filter_sql(f, params) + " GROUP BY " + g;
  auto totals = c.query(totals_sql, params);
  if (!totals.ok()) return totals.error();
  std::vector<SqlValue> later_params = {day, f.agency};
  const std::string later_sql = "SELECT " + g + sums(true) +
                                " FROM stat_days t LEFT JOIN procedures p ON p.code = "
                                "t.procedure_code WHERE t.day > $1 AND t.agency_code IN " +
                                subtree(2) + filter_sql(f, later_params) + " GROUP BY " + g;
  auto later = c.query(later_sql, later_params);
  if (!later.ok()) return later.error();
  std::vector<GroupCounts> out = read_groups(*totals, true);
  for (auto& l : read_groups(*later, true, true)) out.push_back(std::move(l));
  return out;
}

Result<std::vector<GroupCounts>> due_between(SqlConnection& c, const StatsFilter& f,
                                             StatsGroup group, const std::string& now_iso,
                                             const std::string& until_iso) {
  const std::string g = group_expr(group, "competent_agency");
  std::vector<SqlValue> params = {now_iso, until_iso, f.agency};
  // Word for word the partial index dossiers_open_due's condition, so the index serves it.
  const std::string sql = "SELECT " + g +
                          ", COUNT(*) FROM dossiers t LEFT JOIN procedures p ON p.code = "
                          "t.procedure_code WHERE t.finished_at IS NULL AND t.clock_stopped = 0 "
                          "AND t.statutory_due_at > $1 AND t.statutory_due_at < $2 AND "
                          "t.competent_agency IN " +
                          subtree(3) + filter_sql(f, params) + " GROUP BY " + g;
  auto rows = c.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<GroupCounts> out;
  for (const auto& r : *rows) {
    GroupCounts gc{r.text(0), {}};
    stats::at(gc.counts, stats::Measure::overdue) = r.integer(1);
    out.push_back(std::move(gc));
  }
  return out;
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
