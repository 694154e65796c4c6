#include "motcua/store/stats_repository.hpp"

#include <algorithm>

#include "history_rows.hpp"
#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {

using stats::MeasureKind;

std::string columns(bool stocks_only, std::string_view prefix = "") {
  std::string out;
  for (const auto& m : stats::measures()) {
    if (stocks_only && m.kind != MeasureKind::stock) continue;
    if (!out.empty()) out += ", ";
    out.append(prefix).append(m.name);
  }
  return out;
}

// The bound parameters "$first, $first+1, …", one per measure (or per stock).
std::string parameter_list(int first, bool stocks_only) {
  std::string out;
  int n = first;
  for (const auto& m : stats::measures()) {
    if (stocks_only && m.kind != MeasureKind::stock) continue;
    if (!out.empty()) out += ", ";
    out += "$" + std::to_string(n++);
  }
  return out;
}

std::string increments(bool stocks_only, std::string_view table) {
  std::string out;
  for (const auto& m : stats::measures()) {
    if (stocks_only && m.kind != MeasureKind::stock) continue;
    if (!out.empty()) out += ", ";
    out.append(m.name).append(" = ").append(table).append(".").append(m.name);
    out.append(" + excluded.").append(m.name);
  }
  return out;
}

// The agency and every agency above it, as the CTE "up(code)" over parameter $1. UNION (not
// UNION ALL) ends the walk even if bad data made the parents a cycle.
constexpr const char* kAncestors =
    "WITH RECURSIVE up(code) AS (SELECT CAST($1 AS TEXT) UNION SELECT a.parent_code FROM "
    "agencies a JOIN up ON a.code = up.code WHERE a.parent_code IS NOT NULL AND a.parent_code "
    "<> '') ";

// The upsert of one row of stat_days (period "day") or stat_months ("month").
std::string period_upsert(const std::string& table, const std::string& period) {
  return "INSERT INTO " + table + " (agency_code, procedure_code, channel, " + period + ", " +
         columns(false) + ") VALUES ($1, $2, $3, $4, " + parameter_list(5, false) +
         ") ON CONFLICT (agency_code, " + period + ", procedure_code, channel) DO UPDATE SET " +
         increments(false, table);
}

// The subtree rows a fine key ($1 agency, $2 procedure, $3 channel) adds to: those of the
// agency and each of its ancestors, for every procedure (stat_tree_*, migration 0024, whose
// procedure_code is '*'), for the procedure's field (stat_field_*, migration 0025) or for the
// procedure itself (stat_proc_*, migration 0029).
enum class Subtree { all, field, procedure };

std::string subtree_table(Subtree s, std::string_view suffix) {
  const char* prefix = s == Subtree::all     ? "stat_tree_"
                       : s == Subtree::field ? "stat_field_"
                                             : "stat_proc_";
  return std::string(prefix).append(suffix);
}
std::string subtree_column(Subtree s) { return s == Subtree::field ? "field" : "procedure_code"; }
// The value of that column: $2 itself (bound to '*' by subtree_key, or the procedure), or the
// field of procedure $2 as the fine rows' queries join it (stats_query.cpp).
std::string subtree_value(Subtree s) {
  return s == Subtree::field ? "COALESCE((SELECT field FROM procedures WHERE code = $2), '')"
                             : "$2";
}

std::string subtree_period_upsert(Subtree s, const std::string& period) {
  const std::string table = subtree_table(s, period == "day" ? "days" : "months");
  return std::string(kAncestors) + "INSERT INTO " + table + " (agency_code, " + subtree_column(s) +
         ", channel, " + period + ", " + columns(false) + ") SELECT code, " + subtree_value(s) +
         ", $3, $4, " + parameter_list(5, false) +
         " FROM up WHERE true ON CONFLICT (agency_code, " + period + ", " + subtree_column(s) +
         ", channel) DO UPDATE SET " + increments(false, table);
}

std::string totals_upsert(const std::string& table) {
  return "INSERT INTO " + table + " (agency_code, procedure_code, channel, " + columns(true) +
         ") VALUES ($1, $2, $3, " + parameter_list(4, true) +
         ") ON CONFLICT (agency_code, procedure_code, channel) DO UPDATE SET " +
         increments(true, table);
}

std::string subtree_totals_upsert(Subtree s) {
  const std::string table = subtree_table(s, "totals");
  return std::string(kAncestors) + "INSERT INTO " + table + " (agency_code, " + subtree_column(s) +
         ", channel, " + columns(true) + ") SELECT code, " + subtree_value(s) + ", $3, " +
         parameter_list(4, true) + " FROM up WHERE true ON CONFLICT (agency_code, " +
         subtree_column(s) + ", channel) DO UPDATE SET " + increments(true, table);
}

std::vector<SqlValue> key_params(const stats::CounterKey& key) {
  return {key.agency, key.procedure, key.channel};
}

Status upsert_period(SqlConnection& c, const std::string& sql, const stats::CounterKey& key,
                     const std::string& period, const stats::Counts& counts) {
  auto params = key_params(key);
  params.emplace_back(period);
  for (long long v : counts) params.emplace_back(std::int64_t(v));
  auto r = c.query(sql, params);
  return r.ok() ? ok_status() : Status(r.error());
}

// The days summed per month ("YYYY-MM"), without the months where nothing changed.
stats::DayCounts month_sums(const stats::DayCounts& days) {
  stats::DayCounts months;
  for (const auto& [day, counts] : days) {
    stats::Counts& m = months[day.substr(0, 7)];
    for (std::size_t i = 0; i < stats::kMeasureCount; ++i) m[i] += counts[i];
  }
  std::erase_if(months, [](const auto& kv) { return stats::all_zero(kv.second); });
  return months;
}

Status upsert_totals(SqlConnection& c, const std::string& sql, const stats::CounterKey& key,
                     const stats::Counts& sums) {
  auto params = key_params(key);
  bool any = false;
  for (const auto& m : stats::measures()) {
    if (m.kind != MeasureKind::stock) continue;
    const long long v = stats::at(sums, m.measure);
    any = any || v != 0;
    params.emplace_back(std::int64_t(v));
  }
  if (!any) return ok_status();
  auto r = c.query(sql, params);
  return r.ok() ? ok_status() : Status(r.error());
}

stats::Counts stock_sums(const stats::DayCounts& days) {
  stats::Counts sums{};
  for (const auto& [day, counts] : days)
    for (const auto& m : stats::measures())
      if (m.kind == MeasureKind::stock) stats::at(sums, m.measure) += stats::at(counts, m.measure);
  return sums;
}

}  // namespace

Status add_counters(SqlConnection& c, const stats::CounterKey& key, const stats::DayCounts& days) {
  struct Statements {
    std::string day, month, totals;
  };
  static const Statements fine{period_upsert("stat_days", "day"),
                               period_upsert("stat_months", "month"), totals_upsert("stat_totals")};
  // An agency's own rows are written as its fine rows are, with the procedure folded.
  static const Statements own{period_upsert("stat_own_days", "day"),
                              period_upsert("stat_own_months", "month"),
                              totals_upsert("stat_own_totals")};
  auto subtree = [](Subtree s) {
    return Statements{subtree_period_upsert(s, "day"), subtree_period_upsert(s, "month"),
                      subtree_totals_upsert(s)};
  };
  static const std::array<Statements, 3> subtrees = {subtree(Subtree::all), subtree(Subtree::field),
                                                     subtree(Subtree::procedure)};
  const stats::DayCounts months = month_sums(days);
  const stats::Counts stocks = stock_sums(days);
  const stats::CounterKey folded = subtree_key(key.agency, key.channel);
  for (const auto& [sql, k] : {std::pair{&fine, &key},
                               {&own, &folded},
                               {&subtrees[0], &folded},
                               {&subtrees[1], &key},
                               {&subtrees[2], &key}}) {
    for (const auto& [day, counts] : days) MOTCUA_TRY(upsert_period(c, sql->day, *k, day, counts));
    for (const auto& [month, counts] : months)
      MOTCUA_TRY(upsert_period(c, sql->month, *k, month, counts));
    MOTCUA_TRY(upsert_totals(c, sql->totals, *k, stocks));
  }
  return ok_status();
}

Status add_running_due(SqlConnection& c, const stats::CounterKey& key, const std::string& slot,
                       long long change) {
  // $1 agency, $2 channel, $3 slot, $4 change, and for the rows by field $5 the procedure.
  static const std::string all_upsert =
      std::string(kAncestors) +
      "INSERT INTO stat_tree_due (agency_code, channel, slot, running) SELECT code, $2, $3, $4 "
      "FROM up WHERE true ON CONFLICT (agency_code, slot, channel) DO UPDATE SET running = "
      "stat_tree_due.running + excluded.running";
  static const std::string field_upsert =
      std::string(kAncestors) +
      "INSERT INTO stat_field_due (agency_code, field, channel, slot, running) SELECT code, "
      "COALESCE((SELECT field FROM procedures WHERE code = $5), ''), $2, $3, $4 FROM up WHERE "
      "true ON CONFLICT (agency_code, slot, field, channel) DO UPDATE SET running = "
      "stat_field_due.running + excluded.running";
  // A quarter hour nobody is due in any more keeps no row, so the tables hold the open only.
  static const std::string prune =
      std::string(kAncestors) +
      "DELETE FROM stat_tree_due WHERE agency_code IN (SELECT code FROM up) AND slot = $3 AND "
      "channel = $2 AND running = 0";
  static const std::string field_prune =
      std::string(kAncestors) +
      "DELETE FROM stat_field_due WHERE agency_code IN (SELECT code FROM up) AND slot = $3 AND "
      "channel = $2 AND running = 0";
  if (change == 0) return ok_status();
  auto run = [&](const std::string& sql, const std::vector<SqlValue>& params) -> Status {
    auto r = c.query(sql, params);
    return r.ok() ? ok_status() : Status(r.error());
  };
  const std::vector<SqlValue> where = {key.agency, key.channel, slot};
  MOTCUA_TRY(run(all_upsert, {key.agency, key.channel, slot, std::int64_t(change)}));
  MOTCUA_TRY(run(prune, where));
  MOTCUA_TRY(
      run(field_upsert, {key.agency, key.channel, slot, std::int64_t(change), key.procedure}));
  return run(field_prune, where);
}

Status replace_counters(SqlConnection& c, const CounterSet& all, const RunningDue& running) {
  for (const char* sql :
       {"DELETE FROM stat_days", "DELETE FROM stat_months", "DELETE FROM stat_totals",
        "DELETE FROM stat_tree_days", "DELETE FROM stat_tree_months",
        "DELETE FROM stat_tree_totals", "DELETE FROM stat_tree_due", "DELETE FROM stat_field_days",
        "DELETE FROM stat_field_months", "DELETE FROM stat_field_totals",
        "DELETE FROM stat_field_due", "DELETE FROM stat_proc_days", "DELETE FROM stat_proc_months",
        "DELETE FROM stat_proc_totals", "DELETE FROM stat_own_days", "DELETE FROM stat_own_months",
        "DELETE FROM stat_own_totals", "DELETE FROM stat_meta WHERE name = 'needs_rebuild'"}) {
    auto r = c.query(sql);
    if (!r.ok()) return r.error();
  }
  for (const auto& [key, days] : all) MOTCUA_TRY(add_counters(c, key, days));
  for (const auto& [where, count] : running)
    MOTCUA_TRY(add_running_due(c, {where.agency, where.group, where.channel}, where.slot, count));
  return ok_status();
}

Result<CounterSet> load_counters(SqlConnection& c) {
  CounterSet out;
  // Each table's rows under their CounterSet key: "$1" is `prefix` (kFieldPrefix, …), cast
  // where it stands alone, as PostgreSQL cannot type a bare parameter in the select list.
  struct Source {
    const char* table;
    const char* period;  // nullptr for the totals
    const char* group;
    std::string_view prefix;
  };
  const std::string_view none;
  for (const auto& [table, period, group, prefix] :
       {Source{"stat_days", "day", "procedure_code", none},
        {"stat_months", "month", "procedure_code", none},
        {"stat_tree_days", "day", "procedure_code", none},
        {"stat_tree_months", "month", "procedure_code", none},
        {"stat_field_days", "day", "$1 || field", kFieldPrefix},
        {"stat_field_months", "month", "$1 || field", kFieldPrefix},
        {"stat_proc_days", "day", "$1 || procedure_code", kProcedurePrefix},
        {"stat_proc_months", "month", "$1 || procedure_code", kProcedurePrefix},
        {"stat_own_days", "day", "CAST($1 AS TEXT)", kOwnRows},
        {"stat_own_months", "month", "CAST($1 AS TEXT)", kOwnRows},
        {"stat_totals", nullptr, "procedure_code", none},
        {"stat_tree_totals", nullptr, "procedure_code", none},
        {"stat_field_totals", nullptr, "$1 || field", kFieldPrefix},
        {"stat_proc_totals", nullptr, "$1 || procedure_code", kProcedurePrefix},
        {"stat_own_totals", nullptr, "CAST($1 AS TEXT)", kOwnRows}}) {
    const bool totals = period == nullptr;
    auto rows = c.query(
        "SELECT agency_code, " + std::string(group) + ", channel, " +
            (totals ? "'" + std::string(kTotalsDay) + "'" : period) + ", " + columns(totals) +
            " FROM " + table,
        prefix.empty() ? std::vector<SqlValue>{} : std::vector<SqlValue>{std::string(prefix)});
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) {
      stats::Counts counts{};
      std::size_t col = 4;
      for (const auto& m : stats::measures())
        if (!totals || m.kind == MeasureKind::stock)
          stats::at(counts, m.measure) = r.integer(col++);
      if (!stats::all_zero(counts)) out[{r.text(0), r.text(1), r.text(2)}][r.text(3)] = counts;
    }
  }
  return out;
}

Result<RunningDue> load_running_due(SqlConnection& c) {
  auto rows = c.query(
      "SELECT agency_code, $1, channel, slot, running FROM stat_tree_due UNION ALL SELECT "
      "agency_code, $2 || field, channel, slot, running FROM stat_field_due",
      {std::string(kAllProcedures), std::string(kFieldPrefix)});
  if (!rows.ok()) return rows.error();
  RunningDue out;
  for (const auto& r : *rows) out[{r.text(0), r.text(1), r.text(2), r.text(3)}] = r.integer(4);
  return out;
}

Result<CounterTree> counter_tree(SqlConnection& c) {
  CounterTree out;
  auto parents = c.query(
      "SELECT code, parent_code FROM agencies WHERE parent_code IS NOT NULL AND parent_code <> ''");
  if (!parents.ok()) return parents.error();
  for (const auto& r : *parents) out.parents[r.text(0)] = r.text(1);
  auto fields = c.query("SELECT code, COALESCE(field, '') FROM procedures");
  if (!fields.ok()) return fields.error();
  for (const auto& r : *fields) out.fields[r.text(0)] = r.text(1);
  return out;
}

namespace {
// The agency and its ancestors, as kAncestors walks them (a cycle ends the walk).
std::vector<std::string> ancestors_of(const std::string& agency, const AgencyParents& parents) {
  std::vector<std::string> chain = {agency};
  for (auto it = parents.find(agency); it != parents.end(); it = parents.find(it->second)) {
    if (std::find(chain.begin(), chain.end(), it->second) != chain.end()) break;
    chain.push_back(it->second);
  }
  return chain;
}

// The procedure's field as add_counters reads it: '' for a procedure the catalogue lacks.
std::string field_of(const std::string& procedure, const CounterTree& tree) {
  const auto it = tree.fields.find(procedure);
  return it == tree.fields.end() ? std::string() : it->second;
}
}  // namespace

void add_subtrees(CounterSet& all, const CounterTree& tree) {
  CounterSet folded;
  for (const auto& [key, days] : all) {
    if (is_subtree_key(key)) continue;
    const std::string field = field_of(key.procedure, tree);
    stats::add(folded[own_rows_key(key.agency, key.channel)], days);
    for (const auto& agency : ancestors_of(key.agency, tree.parents)) {
      stats::add(folded[subtree_key(agency, key.channel)], days);
      stats::add(folded[field_subtree_key(agency, field, key.channel)], days);
      stats::add(folded[procedure_subtree_key(agency, key.procedure, key.channel)], days);
    }
  }
  for (auto& [key, days] : folded) {
    std::erase_if(days, [](const auto& kv) { return stats::all_zero(kv.second); });
    if (!days.empty()) all[key] = std::move(days);
  }
}

RunningDue subtree_running_due(const RunningDue& own, const CounterTree& tree) {
  RunningDue out;
  for (const auto& [where, count] : own) {
    const std::string field = std::string(kFieldPrefix) + field_of(where.group, tree);
    for (const auto& agency : ancestors_of(where.agency, tree.parents)) {
      out[{agency, std::string(kAllProcedures), where.channel, where.slot}] += count;
      out[{agency, field, where.channel, where.slot}] += count;
    }
  }
  std::erase_if(out, [](const auto& kv) { return kv.second == 0; });
  return out;
}

void add_totals(CounterSet& all) {
  for (auto& [key, days] : all) {
    const stats::Counts sums = stock_sums(days);
    const stats::DayCounts months = month_sums(days);
    if (!stats::all_zero(sums)) days[std::string(kTotalsDay)] = sums;
    days.insert(months.begin(), months.end());
  }
}

Status begin_snapshot(SqlConnection& c) { return c.execute_script("BEGIN"); }
Status end_snapshot(SqlConnection& c) { return c.execute_script("COMMIT"); }

Result<bool> counters_need_rebuild(SqlConnection& c) {
  auto r = c.query("SELECT value FROM stat_meta WHERE name = 'needs_rebuild'");
  if (!r.ok()) return r.error();
  return !r->empty() && r->front().text(0) == "1";
}

Status for_each_dossier_history(SqlConnection& c, int batch,
                                const std::function<Status(const DossierHistory&)>& each) {
  std::string after;
  while (true) {
    auto rows = c.query(
        "WITH batch AS (SELECT code, competent_agency, procedure_code, channel FROM dossiers "
        "WHERE code > $1 ORDER BY code LIMIT $2) "
        "SELECT b.code, b.competent_agency, b.procedure_code, b.channel, e.at, e.action, "
        "e.details FROM batch b JOIN dossier_events e ON e.dossier_code = b.code "
        "ORDER BY b.code, e.seq",
        {after, std::int64_t(batch)});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return ok_status();
    DossierHistory h;
    auto flush = [&]() -> Status {
      if (h.code.empty()) return ok_status();
      MOTCUA_TRY(each(h));
      h = DossierHistory{};
      return ok_status();
    };
    for (const auto& r : *rows) {
      if (r.text(0) != h.code) {
        MOTCUA_TRY(flush());
        h.code = r.text(0);
        h.key = {r.text(1), r.text(2), r.text(3)};
      }
      auto e = detail::history_event(r, 4, h.code, "stats.event_time");
      if (!e.ok()) return e.error();
      h.events.push_back(std::move(*e));
    }
    after = h.code;
    MOTCUA_TRY(flush());
  }
}

Result<std::vector<NoticeFact>> reception_notice_facts(SqlConnection& c) {
  auto rows = c.query(
      "SELECT agency_code, procedure_code, channel, kind, issued_at FROM reception_notices");
  if (!rows.ok()) return rows.error();
  std::vector<NoticeFact> out;
  for (const auto& r : *rows) {
    auto at = parse_iso(r.text(4));
    if (!at)
      return make_error(ErrorCode::internal, "stats.notice_time",
                        "a reception notice has no readable time",
                        "một phiếu tiếp nhận không đọc được thời điểm");
    out.push_back({{r.text(0), r.text(1), r.text(2)}, r.text(3) == "refusal", *at});
  }
  return out;
}

}  // namespace motcua::store
