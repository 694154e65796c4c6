#include "motcua/store/store_copy.hpp"

#include <algorithm>

namespace motcua::store {

namespace {

// Rows read from the source per statement, and the most a statement inserts: few enough
// parameters for PostgreSQL (at most 65,535) and, for the uploads' files, a bounded size.
constexpr std::int64_t kReadPage = 2000;
constexpr std::size_t kMaxParameters = 30000;
constexpr std::size_t kMaxRowsPerInsert = 256;
constexpr std::size_t kMaxBytesPerInsert = 8 * 1024 * 1024;

struct Column {
  std::string name;
  bool bytes = false;  // bytea on the target: bound as bytes
};

Result<std::vector<std::string>> source_tables(SqlConnection& from) {
  // Creation order: the migrations make a referenced table before the tables that refer to it.
  auto rows = from.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
      "name <> 'schema_migrations' ORDER BY rowid",
      {});
  if (!rows.ok()) return rows.error();
  std::vector<std::string> out;
  for (const auto& r : *rows) out.push_back(r.text(0));
  return out;
}

Result<std::vector<Column>> columns_of(SqlConnection& from, SqlConnection& to,
                                       const std::string& table) {
  auto names = from.query("SELECT name FROM pragma_table_info($1) ORDER BY cid", {table});
  if (!names.ok()) return names.error();
  auto types = to.query(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
      "current_schema() AND table_name = $1",
      {table});
  if (!types.ok()) return types.error();
  std::vector<Column> out;
  for (const auto& n : *names) {
    Column c{n.text(0)};
    const auto t = std::find_if(types->begin(), types->end(),
                                [&](const SqlRow& r) { return r.text(0) == c.name; });
    if (t == types->end())
      return make_error(
          ErrorCode::invalid, "migrate.column_missing",
          "the target has no column " + table + "." + c.name +
              ": the two stores are not at the same version",
          "đích không có cột " + table + "." + c.name + ": hai cơ sở dữ liệu không cùng phiên bản");
    c.bytes = t->text(1) == "bytea";
    out.push_back(std::move(c));
  }
  return out;
}

std::string column_list(const std::vector<Column>& columns, const std::string& prefix = "") {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + prefix + c.name;
  return out;
}

std::size_t size_of(const SqlValue& v) {
  if (auto s = std::get_if<std::string>(&v)) return s->size();
  if (auto b = std::get_if<SqlBytes>(&v)) return b->bytes.size();
  return 8;
}

// Inserts rows into `table` a batch per statement.
class Inserter {
 public:
  Inserter(SqlConnection& to, std::string table, const std::vector<Column>& columns)
      : to_(to), table_(std::move(table)), columns_(columns) {
    rows_per_insert_ = std::max<std::size_t>(
        1, std::min(kMaxRowsPerInsert, kMaxParameters / std::max<std::size_t>(1, columns.size())));
  }

  // `row`: the source's values, column by column from `first`.
  Status add(const SqlRow& row, std::size_t first) {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      SqlValue v = row.value(first + i);
      if (columns_[i].bytes && std::holds_alternative<std::string>(v))
        v = SqlBytes{std::get<std::string>(std::move(v))};
      bytes_ += size_of(v);
      values_.push_back(std::move(v));
    }
    ++rows_;
    if (rows_ >= rows_per_insert_ || bytes_ >= kMaxBytesPerInsert) return flush();
    return ok_status();
  }

  Status flush() {
    if (rows_ == 0) return ok_status();
    std::string sql = "INSERT INTO " + table_ + " (" + column_list(columns_) + ") VALUES ";
    std::size_t n = 0;
    for (std::size_t r = 0; r < rows_; ++r) {
      sql += r == 0 ? "(" : ", (";
      for (std::size_t c = 0; c < columns_.size(); ++c)
        sql += (c == 0 ? "$" : ", $") + std::to_string(++n);
      sql += ")";
    }
    auto done = to_.query(sql, values_);
    values_.clear();
    rows_ = 0;
    bytes_ = 0;
    if (!done.ok()) return done.error();
    return ok_status();
  }

 private:
  SqlConnection& to_;
  std::string table_;
  const std::vector<Column>& columns_;
  std::size_t rows_per_insert_ = 1;
  std::vector<SqlValue> values_;
  std::size_t rows_ = 0, bytes_ = 0;
};

Result<std::int64_t> count_rows(SqlConnection& c, const std::string& table) {
  auto n = c.query("SELECT COUNT(*) FROM " + table, {});
  if (!n.ok()) return n.error();
  return n->front().integer(0);
}

Status copy_table(SqlConnection& from, SqlConnection& to, const std::string& table,
                  const std::vector<Column>& columns) {
  Inserter into(to, table, columns);
  if (table == "agencies") {
    // An agency refers to its parent: parents first, level by level from the roots. A row no
    // root reaches (a loop, a missing parent) is left out, and the count below says so.
    auto rows = from.query(
        "WITH RECURSIVE depth (code, level) AS (SELECT code, 0 FROM agencies WHERE parent_code "
        "IS NULL UNION ALL SELECT a.code, depth.level + 1 FROM agencies a JOIN depth ON "
        "a.parent_code = depth.code) SELECT " +
            column_list(columns, "a.") +
            " FROM agencies a JOIN depth ON depth.code = a.code ORDER BY depth.level, a.code",
        {});
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) MOTCUA_TRY(into.add(r, 0));
    return into.flush();
  }
  // Page by rowid: a table of millions of events never sits in memory whole.
  std::int64_t after = 0;
  for (;;) {
    auto rows = from.query("SELECT rowid, " + column_list(columns) + " FROM " + table +
                               " WHERE rowid > $1 ORDER BY rowid LIMIT $2",
                           {after, kReadPage});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) break;
    for (const auto& r : *rows) MOTCUA_TRY(into.add(r, 1));
    after = rows->back().integer(0);
  }
  return into.flush();
}

}  // namespace

Result<bool> store_is_empty(SqlConnection& to) {
  for (const char* table : {"agencies", "procedures", "users", "dossiers", "dossier_events"}) {
    auto n = count_rows(to, table);
    if (!n.ok()) return n.error();
    if (*n != 0) return false;
  }
  return true;
}

Result<std::vector<TableCopy>> copy_store(SqlConnection& from, SqlConnection& to) {
  auto tables = source_tables(from);
  if (!tables.ok()) return tables.error();
  // Rows the target's migrations seeded (catalog_generation's one row) give way to the
  // source's; children first, as they may refer to their parents.
  for (auto t = tables->rbegin(); t != tables->rend(); ++t) {
    auto cleared = to.query("DELETE FROM " + *t, {});
    if (!cleared.ok()) return cleared.error();
  }
  std::vector<TableCopy> copied;
  for (const auto& table : *tables) {
    auto columns = columns_of(from, to, table);
    if (!columns.ok()) return columns.error();
    MOTCUA_TRY(copy_table(from, to, table, *columns));
    auto theirs = count_rows(from, table);
    if (!theirs.ok()) return theirs.error();
    auto ours = count_rows(to, table);
    if (!ours.ok()) return ours.error();
    if (*theirs != *ours)
      return make_error(ErrorCode::conflict, "migrate.count_differs",
                        table + ": " + std::to_string(*theirs) + " rows in the source, " +
                            std::to_string(*ours) + " copied",
                        table + ": nguồn có " + std::to_string(*theirs) + " dòng, đã chép " +
                            std::to_string(*ours));
    copied.push_back({table, *ours});
  }
  // The history's numbers continue after the copied ones (migration 0028).
  if (to.engine() == "postgres") {
    auto seq = to.query(
        "SELECT setval('dossier_events_seq', COALESCE((SELECT MAX(seq) FROM dossier_events), 0) "
        "+ 1, false)",
        {});
    if (!seq.ok()) return seq.error();
  }
  return copied;
}

Result<std::vector<TableCopy>> count_tables(SqlConnection& sqlite) {
  auto tables = source_tables(sqlite);
  if (!tables.ok()) return tables.error();
  std::vector<TableCopy> out;
  for (const auto& table : *tables) {
    auto n = count_rows(sqlite, table);
    if (!n.ok()) return n.error();
    out.push_back({table, *n});
  }
  return out;
}

}  // namespace motcua::store
