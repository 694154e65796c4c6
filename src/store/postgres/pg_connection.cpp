#include "pg_connection.hpp"

#include <poll.h>

#include <charconv>
#include <cstring>

namespace motcua::store {

namespace {

// Type OIDs of PostgreSQL's catalogue (pg_type.dat), fixed since 7.x.
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700,
              kFloat8 = 701, kNumeric = 1700;

// What a client can do about a failed statement, from its SQLSTATE: a broken constraint
// (class 23) is its conflict; a serialization failure, deadlock, lost connection or exhausted
// resource may pass (unavailable: retry later); anything else is a fault of the system.
Error pg_error(const char* sqlstate, const std::string& msg) {
  const std::string state = sqlstate ? sqlstate : "";
  const std::string cls = state.substr(0, 2);
  if (cls == "23")
    return make_error(ErrorCode::conflict, "store.constraint", msg, "lỗi cơ sở dữ liệu: " + msg);
  // Two nodes' transactions waited on each other's rows (the counters of one province), or
  // could not be serialised: the server undid this one, and running it again will do.
  if (state == "40001" || state == "40P01")
    return make_error(ErrorCode::unavailable, std::string(kRetryTransactionKey), msg,
                      "giao dịch va chạm với máy chủ khác, cần chạy lại: " + msg);
  // Text that is not UTF-8 (the HTTP layer refuses it first; this guards every other path):
  // the caller's input, not a fault of the system.
  if (state == "22021")
    return make_error(ErrorCode::invalid, "store.not_utf8", "text is not valid UTF-8: " + msg,
                      "văn bản không phải UTF-8 hợp lệ: " + msg);
  if (cls == "08" || cls == "53" || state == "57P03" || state.empty())
    return make_error(ErrorCode::unavailable, "store.busy", msg, "lỗi cơ sở dữ liệu: " + msg);
  return make_error(ErrorCode::internal, "store.error", msg, "lỗi cơ sở dữ liệu: " + msg);
}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// A column's text as the value SqliteConnection would give: integers and floats as numbers,
// booleans as 0 / 1, bytea as its bytes, the rest as text.
Result<SqlValue> value_of(const PGresult* r, int row, int col) {
  if (PQgetisnull(r, row, col)) return SqlValue{nullptr};
  const char* text = PQgetvalue(r, row, col);
  const std::size_t size = std::size_t(PQgetlength(r, row, col));
  switch (PQftype(r, col)) {
    case kBool:
      return SqlValue{std::int64_t(text[0] == 't')};
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
    case kNumeric: {
      std::int64_t n = 0;
      const auto [end, ec] = std::from_chars(text, text + size, n);
      if (ec == std::errc() && end == text + size) return SqlValue{n};
      [[fallthrough]];  // a numeric with a fraction
    }
    case kFloat4:
    case kFloat8: {
      double d = 0;
      const auto [end, ec] = std::from_chars(text, text + size, d);
      if (ec != std::errc())
        return make_error(ErrorCode::internal, "store.number",
                          "unreadable number: " + std::string(text),
                          "cơ sở dữ liệu trả về số không đọc được");
      return SqlValue{d};
    }
    case kBytea: {
      std::size_t length = 0;
      unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &length);
      if (!bytes)
        return make_error(ErrorCode::internal, "store.bytea", "unreadable bytea",
                          "cơ sở dữ liệu trả về dữ liệu nhị phân không đọc được");
      std::string out(reinterpret_cast<const char*>(bytes), length);
      PQfreemem(bytes);
      return SqlValue{std::move(out)};
    }
    default:
      return SqlValue{std::string(text, size)};
  }
}

}  // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const std::string& url, bool read_only) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    std::string msg = conn ? PQerrorMessage(conn) : "out of memory";
    PQfinish(conn);
    return make_error(ErrorCode::unavailable, "store.open_failed", "cannot open database: " + msg,
                      "không mở được cơ sở dữ liệu: " + msg);
  }
  // A reader can never change the database.
  std::string setup = "SET client_encoding = 'UTF8'; SET client_min_messages = warning";
  if (read_only) setup += "; SET default_transaction_read_only = on";
  std::unique_ptr<PgConnection> c(new PgConnection(conn, std::move(setup)));
  MOTCUA_TRY(c->exec(c->setup_));
  // Keys (dossier codes, ISO times) are compared in SQL and in C++ byte by byte, as SQLite
  // does: a page of a list starts where the previous one ended only if the database sorts text
  // the same way. (Giving each column the collation "C" instead clashes with the "default"
  // collation of casts and parameters in recursive queries.)
  auto collation =
      c->query("SELECT datcollate FROM pg_database WHERE datname = current_database()", {});
  if (!collation.ok()) return collation.error();
  const std::string name = collation->empty() ? "" : collation->front().text(0);
  if (name != "C" && name != "POSIX" && name != "C.UTF-8" && name != "C.utf8")
    return make_error(ErrorCode::invalid, "store.collation",
                      "the database sorts text by \"" + name +
                          "\"; motcua needs byte order: CREATE DATABASE ... TEMPLATE template0 "
                          "LC_COLLATE 'C' LC_CTYPE 'C' (docs/deploy.md)",
                      "cơ sở dữ liệu sắp xếp chữ theo \"" + name +
                          "\"; motcua cần LC_COLLATE 'C' (xem docs/deploy.md)");
  return c;
}

Status PgConnection::reconnect_if_lost() {
  // Between transactions, whatever the server sent is read first without waiting: a backend
  // ended by a failover or pg_terminate_backend has said so (FATAL 57P01) and closed the
  // socket, and libpq marks the connection bad only when it reads that. The statement about
  // to run then goes to a new connection instead of failing. Inside a transaction nothing is
  // redone here: its earlier statements died with the old connection.
  // The message and the end of the stream may come in two reads, hence the loop.
  if (PQtransactionStatus(conn_) == PQTRANS_IDLE)
    for (int reads = 0; reads < 4 && PQstatus(conn_) == CONNECTION_OK; ++reads) {
      pollfd waiting{PQsocket(conn_), POLLIN, 0};
      if (::poll(&waiting, 1, 0) <= 0 || PQconsumeInput(conn_) == 0) break;
    }
  if (PQstatus(conn_) == CONNECTION_OK) return ok_status();
  PQreset(conn_);
  statements_.clear();
  if (PQstatus(conn_) != CONNECTION_OK) {
    const std::string msg = PQerrorMessage(conn_);
    return make_error(ErrorCode::unavailable, "store.reconnect_failed",
                      "lost the database connection and cannot make it again: " + msg,
                      "mất kết nối cơ sở dữ liệu và chưa kết nối lại được: " + msg);
  }
  return exec(setup_);
}

PgConnection::~PgConnection() { PQfinish(conn_); }

bool PgConnection::in_transaction() const {
  // An aborted transaction (INERROR) is still open until ROLLBACK (TO SAVEPOINT).
  return PQtransactionStatus(conn_) != PQTRANS_IDLE;
}

Error PgConnection::error_of(const PGresult* result, std::string_view what) const {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* msg = result ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
  return pg_error(state, std::string(what) + ": " + (msg && *msg ? msg : PQerrorMessage(conn_)));
}

Result<SqlRows> PgConnection::query(std::string_view sql, const std::vector<SqlValue>& params) {
  MOTCUA_TRY(reconnect_if_lost());
  // Numbers are bound with their type; text and NULL untyped, so the server infers them from
  // where they stand, as SQLite's dynamic typing accepts them.
  std::vector<Oid> types;
  std::vector<std::string> texts;
  types.reserve(params.size());
  texts.reserve(params.size());
  std::string key(sql);
  key += '\x1f';
  for (const auto& v : params) {
    if (auto n = std::get_if<std::int64_t>(&v)) {
      types.push_back(kInt8);
      texts.push_back(std::to_string(*n));
    } else if (auto d = std::get_if<double>(&v)) {
      types.push_back(kFloat8);
      char buf[64];
      const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d);
      texts.emplace_back(buf, ec == std::errc() ? end : buf);
    } else if (auto s = std::get_if<std::string>(&v)) {
      types.push_back(0);
      texts.push_back(*s);
    } else if (auto b = std::get_if<SqlBytes>(&v)) {
      types.push_back(kBytea);
      texts.push_back(b->bytes);
    } else {
      types.push_back(0);
      texts.emplace_back();
    }
    key += std::to_string(types.back()) + ",";
  }
  auto it = statements_.find(key);
  if (it == statements_.end()) {
    const std::string name = "s" + std::to_string(statements_.size());
    PgResult prepared(
        PQprepare(conn_, name.c_str(), std::string(sql).c_str(), int(types.size()), types.data()));
    if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
      return error_of(prepared.get(), "prepare");
    it = statements_.emplace(std::move(key), name).first;
  }
  // Bytes go in binary format (their length given), everything else as text.
  std::vector<const char*> values;
  std::vector<int> lengths, formats;
  values.reserve(params.size());
  lengths.reserve(params.size());
  formats.reserve(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) {
    values.push_back(std::holds_alternative<std::nullptr_t>(params[i]) ? nullptr
                                                                       : texts[i].c_str());
    lengths.push_back(int(texts[i].size()));
    formats.push_back(types[i] == kBytea ? 1 : 0);
  }
  PgResult r(PQexecPrepared(conn_, it->second.c_str(), int(values.size()), values.data(),
                            lengths.data(), formats.data(), 0));
  const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) return error_of(r.get(), "step");
  SqlRows rows;
  const int n = PQntuples(r.get()), columns = PQnfields(r.get());
  rows.reserve(std::size_t(n));
  for (int row = 0; row < n; ++row) {
    std::vector<SqlValue> values_of_row;
    values_of_row.reserve(std::size_t(columns));
    for (int col = 0; col < columns; ++col) {
      auto v = value_of(r.get(), row, col);
      if (!v.ok()) return v.error();
      values_of_row.push_back(std::move(*v));
    }
    rows.emplace_back(std::move(values_of_row));
  }
  return rows;
}

Status PgConnection::execute_script(std::string_view sql) {
  MOTCUA_TRY(reconnect_if_lost());
  return exec(sql);
}

Status PgConnection::exec(std::string_view sql) {
  PgResult r(PQexec(conn_, std::string(sql).c_str()));
  const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
    return error_of(r.get(), "sql");
  return ok_status();
}

Status PgConnection::begin_write() { return execute_script("BEGIN"); }

Status PgConnection::lock_until_commit(std::string_view name) {
  // hashtextextended gives the 64-bit key the lock takes; two names sharing a hash only wait
  // for each other, which costs time, never correctness.
  auto r = query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", {std::string(name)});
  if (!r.ok()) return r.error();
  return ok_status();
}

}  // namespace motcua::store
