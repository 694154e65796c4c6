#include "motcua/store/stats_marks.hpp"

#include <chrono>
#include <cstdio>
#include <functional>

namespace motcua::store {

namespace {

// The agencies of the subtree under parameter $root whose code lies after parameter $after:
// the IN list a query walks in code order (each agency one index range, no sort).
std::string agencies_after(int root, int after, bool whole_subtree) {
  if (!whole_subtree)
    return "(SELECT code FROM (SELECT CAST($" + std::to_string(root) + " AS TEXT) AS code) s " +
           "WHERE s.code > $" + std::to_string(after) + ")";
  return "(SELECT code FROM (WITH RECURSIVE sub(code) AS (SELECT CAST($" + std::to_string(root) +
         " AS TEXT) UNION ALL SELECT a.code FROM agencies a JOIN sub ON a.parent_code = "
         "sub.code) SELECT code FROM sub) s WHERE s.code > $" +
         std::to_string(after) + ")";
}
std::string subtree(int root) {
  return "(WITH RECURSIVE sub(code) AS (SELECT CAST($" + std::to_string(root) +
         " AS TEXT) UNION ALL SELECT a.code FROM agencies a JOIN sub ON a.parent_code = "
         "sub.code) SELECT code FROM sub)";
}

std::string param(std::vector<SqlValue>& params, SqlValue v) {
  params.push_back(std::move(v));
  return "$" + std::to_string(params.size());
}

// " AND …" for the filter's field, procedure and channel over alias `t`.
std::string filter_sql(const StatsFilter& f, const std::string& t, std::vector<SqlValue>& params) {
  std::string out;
  if (f.field)
    out += " AND " + t + ".procedure_code IN (SELECT code FROM procedures WHERE field = " +
           param(params, *f.field) + ")";
  if (f.procedure) out += " AND " + t + ".procedure_code = " + param(params, *f.procedure);
  if (f.channel) out += " AND " + t + ".channel = " + param(params, *f.channel);
  return out;
}

// What one kind of list reads: its columns before the dossier's, its table, its range and
// its order within one agency.
struct ListShape {
  std::string select;  // agency, first key, second key, code, count, then the rest
  std::string from;    // tables
  std::string where;   // the range (and conditions), with "$P" for each parameter slot
  std::vector<std::string> key_columns;  // the order within one agency, ending with the code
};

constexpr const char* kStatsMarksDossierColumns =
    ", d.procedure_code, COALESCE(p.name, ''), d.channel, d.status, COALESCE(d.current_step, ''), "
    "COALESCE(d.step_agency, ''), d.received_at, COALESCE(d.statutory_due_at, ''), "
    "COALESCE(d.finished_at, ''), COALESCE(d.outcome, ''), COALESCE(d.apologized_at, '')";

MarkedDossier read_row(const SqlRow& r, bool notice) {
  MarkedDossier m;
  m.key = {r.text(0), r.text(1), r.text(2), r.text(3)};
  m.agency = r.text(0);
  m.code = r.text(3);
  m.count = r.integer(4);
  m.notice = notice;
  m.procedure_code = r.text(5);
  m.procedure_name = r.text(6);
  m.channel = r.text(7);
  m.status = r.text(8);
  m.current_step = r.text(9);
  m.step_agency = r.text(10);
  m.received_at = r.text(11);
  m.statutory_due_at = r.text(12);
  m.finished_at = r.text(13);
  m.outcome = r.text(14);
  m.apologized_at = r.text(15);
  return m;
}

std::string tuple(const std::vector<std::string>& cols) {
  std::string out = "(";
  for (std::size_t i = 0; i < cols.size(); ++i) out += (i ? ", " : "") + cols[i];
  return out + ")";
}

// One page: the rest of the cursor's agency, then the agencies after it. `build` appends
// the shape's conditions and binds its parameters.
Result<std::vector<MarkedDossier>> page(
    SqlConnection& c, const StatsFilter& f, bool f_own_only, const std::optional<MarkKey>& after,
    int limit, bool notice, const std::function<ListShape(std::vector<SqlValue>&)>& build) {
  std::vector<MarkedDossier> out;
  for (int part = after ? 0 : 1; part < 2 && int(out.size()) < limit; ++part) {
    std::vector<SqlValue> params;
    const ListShape s = build(params);
    std::string sql = s.select + " FROM " + s.from + " WHERE " + s.where;
    const std::string root = param(params, f.agency);
    if (part == 0) {
      // The cursor's agency must lie in the subtree, or a forged cursor would read another's.
      const std::string agency = param(params, after->agency);
      sql += " AND m.agency_code = " + agency + " AND " + agency + " IN " +
             (f_own_only ? "(" + root + ")" : subtree(std::stoi(root.substr(1))));
      std::vector<std::string> values = {param(params, after->first)};
      if (s.key_columns.size() == 3) values.push_back(param(params, after->second));
      values.push_back(param(params, after->code));
      sql += " AND " + tuple(s.key_columns) + " > " + tuple(values);
    } else {
      const std::string from_agency = param(params, after ? after->agency : std::string());
      sql +=
          " AND m.agency_code IN " +
          agencies_after(std::stoi(root.substr(1)), std::stoi(from_agency.substr(1)), !f_own_only);
    }
    sql += filter_sql(f, "m", params) + " ORDER BY m.agency_code";
    for (const auto& k : s.key_columns) sql += ", " + k;
    sql += " LIMIT " + param(params, std::int64_t(limit - int(out.size())));
    auto rows = c.query(sql, params);
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) out.push_back(read_row(r, notice));
  }
  return out;
}

std::string marks_select(const std::string& first, const std::string& second) {
  return "SELECT m.agency_code, " + first + ", " + second + ", m.dossier_code, m.count" +
         kStatsMarksDossierColumns;
}
constexpr const char* kMarksFrom =
    "stat_marks m CROSS JOIN dossiers d LEFT JOIN procedures p ON p.code = m.procedure_code";

// The stock's range at the end of `day`, and its narrowing.
std::string stock_where(stats::Measure measure, const std::string& day, const StockCondition& cond,
                        std::vector<SqlValue>& params) {
  const std::string t = param(params, day);
  std::string w = "m.measure = " + param(params, std::string(stats::measure_name(measure))) +
                  " AND d.code = m.dossier_code AND m.until_day > " + t + " AND m.from_day <= " + t;
  // Its parameters are bound only where it is used: PostgreSQL refuses a statement with a
  // parameter it cannot type because no expression uses it.
  auto due_later_today = [&]() -> std::string {
    if (cond.now_iso.empty()) return {};
    return "(d.finished_at IS NULL AND d.clock_stopped = 0 AND "
           "COALESCE(d.statutory_due_at, '') > " +
           param(params, cond.now_iso) + " AND COALESCE(d.statutory_due_at, '') < " +
           param(params, cond.day_end_iso) + ")";
  };
  if (measure == stats::Measure::overdue && !cond.now_iso.empty())
    w += " AND NOT " + due_later_today();
  if (cond.on_time_only) {
    auto in_state = [&](const char* name) {
      return "EXISTS (SELECT 1 FROM stat_marks x WHERE x.dossier_code = m.dossier_code AND "
             "x.measure = '" +
             std::string(name) + "' AND x.from_day <= " + t + " AND x.until_day > " + t + ")";
    };
    w += " AND NOT " + in_state("waiting_for_applicant") + " AND (NOT " + in_state("overdue") +
         (cond.now_iso.empty() ? "" : " OR " + due_later_today()) + ")";
  }
  return w;
}

}  // namespace

Status replace_dossier_marks(SqlConnection& c, const std::string& dossier_code,
                             const stats::CounterKey& key, const std::vector<stats::Mark>& marks) {
  auto del = c.query("DELETE FROM stat_marks WHERE dossier_code = $1", {dossier_code});
  if (!del.ok()) return del.error();
  for (const auto& m : marks) {
    auto r = c.query(
        "INSERT INTO stat_marks (dossier_code, measure, from_day, until_day, count, agency_code, "
        "procedure_code, channel) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {dossier_code, std::string(stats::measure_name(m.measure)), m.from_day, m.until_day,
         std::int64_t(m.count), key.agency, key.procedure, key.channel});
    if (!r.ok()) return r.error();
  }
  return ok_status();
}

Status clear_marks(SqlConnection& c) {
  auto r = c.query("DELETE FROM stat_marks");
  return r.ok() ? ok_status() : Status(r.error());
}

Result<std::vector<StoredMark>> dossier_marks(SqlConnection& c, const std::string& dossier_code) {
  auto rows = c.query(
      "SELECT agency_code, procedure_code, channel, measure, from_day, until_day, count FROM "
      "stat_marks WHERE dossier_code = $1 ORDER BY measure, from_day",
      {dossier_code});
  if (!rows.ok()) return rows.error();
  std::vector<StoredMark> out;
  for (const auto& r : *rows)
    out.push_back(
        {{r.text(0), r.text(1), r.text(2)}, r.text(3), r.text(4), r.text(5), r.integer(6)});
  return out;
}

Result<long long> count_marks(SqlConnection& c) {
  auto r = c.query("SELECT COUNT(*) FROM stat_marks");
  if (!r.ok()) return r.error();
  return r->front().integer(0);
}

Result<std::vector<MarkedDossier>> flow_page(SqlConnection& c, const StatsFilter& f,
                                             stats::Measure measure, const std::string& from_day,
                                             const std::string& to_day, bool own_only,
                                             const std::optional<MarkKey>& after, int limit) {
  return page(c, f, own_only, after, limit, false, [&](std::vector<SqlValue>& params) {
    ListShape s;
    s.select = marks_select("m.from_day", "''");
    s.from = kMarksFrom;
    s.where = "m.measure = " + param(params, std::string(stats::measure_name(measure))) +
              " AND d.code = m.dossier_code AND m.from_day >= " + param(params, from_day) +
              " AND m.from_day <= " + param(params, to_day);
    s.key_columns = {"m.from_day", "m.dossier_code"};
    return s;
  });
}

Result<std::vector<MarkedDossier>> stock_page(SqlConnection& c, const StatsFilter& f,
                                              stats::Measure measure, const std::string& day,
                                              const StockCondition& cond, bool own_only,
                                              const std::optional<MarkKey>& after, int limit) {
  return page(c, f, own_only, after, limit, false, [&](std::vector<SqlValue>& params) {
    ListShape s;
    s.select = marks_select("m.until_day", "m.from_day");
    s.from = kMarksFrom;
    s.where = stock_where(measure, day, cond, params);
    s.key_columns = {"m.until_day", "m.from_day", "m.dossier_code"};
    return s;
  });
}

Result<std::vector<MarkedDossier>> refusal_notice_page(SqlConnection& c, const StatsFilter& f,
                                                       const std::string& from_day,
                                                       const std::string& to_day, bool own_only,
                                                       const std::optional<MarkKey>& after,
                                                       int limit) {
  // Issue times are ISO text with the +07:00 offset: their first ten characters are the local
  // day, so the period is the text range [from_day, the day after to_day).
  const auto ymd =
      std::chrono::year_month_day{std::chrono::year{std::stoi(to_day.substr(0, 4))},
                                  std::chrono::month{unsigned(std::stoi(to_day.substr(5, 2)))},
                                  std::chrono::day{unsigned(std::stoi(to_day.substr(8, 2)))}};
  const std::chrono::year_month_day next{std::chrono::sys_days{ymd} + std::chrono::days{1}};
  char end[16];
  std::snprintf(end, sizeof end, "%04d-%02u-%02u", int(next.year()), unsigned(next.month()),
                unsigned(next.day()));
  return page(c, f, own_only, after, limit, true, [&](std::vector<SqlValue>& params) {
    ListShape s;
    // The notice's table is aliased m too, so the paging and the filter read it alike.
    s.select =
        "SELECT m.agency_code, m.issued_at, '', m.id, 1, m.procedure_code, m.procedure_name, "
        "m.channel, '', '', '', m.issued_at, '', '', '', ''";
    s.from = "reception_notices m";
    s.where = "m.kind = 'refusal' AND m.issued_at >= " + param(params, from_day) +
              " AND m.issued_at < " + param(params, std::string(end));
    s.key_columns = {"m.issued_at", "m.id"};
    return s;
  });
}

Result<std::vector<MarkedDossier>> stock_all(SqlConnection& c, const StatsFilter& f,
                                             stats::Measure measure, const std::string& day,
                                             const StockCondition& cond) {
  std::vector<SqlValue> params;
  std::string sql = marks_select("m.until_day", "m.from_day") + " FROM " + kMarksFrom + " WHERE " +
                    stock_where(measure, day, cond, params);
  const std::string root = param(params, f.agency);
  sql += " AND m.agency_code IN " + subtree(std::stoi(root.substr(1))) +
         filter_sql(f, "m", params) + " ORDER BY m.agency_code, m.dossier_code";
  auto rows = c.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<MarkedDossier> out;
  for (const auto& r : *rows) out.push_back(read_row(r, false));
  return out;
}

Result<std::vector<std::string>> finished_codes(SqlConnection& c, const StatsFilter& f,
                                                const std::string& from_day,
                                                const std::string& to_day) {
  std::vector<SqlValue> params;
  std::string sql =
      "SELECT m.dossier_code FROM stat_marks m WHERE m.measure IN ('finished_early', "
      "'finished_on_time', 'finished_late') AND m.from_day >= " +
      param(params, from_day) + " AND m.from_day <= " + param(params, to_day);
  const std::string root = param(params, f.agency);
  sql += " AND m.agency_code IN " + subtree(std::stoi(root.substr(1))) +
         filter_sql(f, "m", params) + " ORDER BY m.dossier_code";
  auto rows = c.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<std::string> out;
  for (const auto& r : *rows) out.push_back(r.text(0));
  return out;
}

}  // namespace motcua::store
