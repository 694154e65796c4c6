#include "motcua/store/reception_notice_repository.hpp"

#include <nlohmann/json.hpp>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/common/time.hpp"
#include "sealed_applicant.hpp"

namespace motcua::store {

namespace {

using dossier::NoticeItem;
using dossier::ReceptionNotice;

constexpr const char* kReceptionNoticeColumns =
    "SELECT n.id, n.number, n.kind, n.agency_code, n.issued_by, n.issuer_name, n.issued_at, "
    "n.procedure_code, n.procedure_version, n.procedure_name, n.channel, n.applicant_name, "
    "n.applicant_id_number, n.applicant_phone, n.applicant_email, n.applicant_address, "
    "n.items, n.reason, n.contact_phone, n.idempotency_key FROM reception_notices n ";

// The agency and every agency below it, as the CTE "scope(code)"; $1 is the agency's code.
// Both engines accept WITH RECURSIVE; the tree is shallow (province, commune, department).
constexpr const char* kScope =
    "WITH RECURSIVE scope(code) AS (SELECT CAST($1 AS TEXT) UNION ALL SELECT a.code FROM agencies "
    "a "
    "JOIN scope s ON a.parent_code = s.code) ";

// $2 / $3: the range's bounds, '' = open; $4 the kind, '' = both.
constexpr const char* kInRange =
    "WHERE n.agency_code IN (SELECT code FROM scope) AND ($2 = '' OR n.issued_at >= $2) "
    "AND ($3 = '' OR n.issued_at <= $3) AND ($4 = '' OR n.kind = $4) ";

Error unreadable(const std::string& id, const std::string& why) {
  return make_error(ErrorCode::internal, "reception_notice.unreadable",
                    "stored reception notice " + id + " does not read: " + why,
                    "không đọc được phiếu " + id);
}

Result<StoredNotice> notice_from_row(SqlConnection& c, const SqlRow& r,
                                     detail::Unreadable on_unreadable = detail::Unreadable::fail) {
  StoredNotice s;
  ReceptionNotice& n = s.notice;
  n.id = r.text(0);
  n.number = r.integer(1);
  auto kind = dossier::parse_notice_kind(r.text(2));
  if (!kind) return unreadable(n.id, "kind " + r.text(2));
  n.kind = *kind;
  n.agency_code = r.text(3);
  n.issued_by = r.text(4);
  s.issuer_name = r.text(5);
  auto at = parse_iso(r.text(6));
  if (!at) return unreadable(n.id, "issued_at " + r.text(6));
  n.issued_at = *at;
  n.procedure_code = r.text(7);
  n.procedure_version = int(r.integer(8));
  n.procedure_name = r.text(9);
  auto channel = catalog::parse_channel_name(r.text(10));
  if (!channel) return unreadable(n.id, "channel " + r.text(10));
  n.channel = *channel;
  n.applicant.full_name = r.text(11);
  MOTCUA_TRY(
      detail::open_applicant(c, "reception_notices", n.id, r, 12, n.applicant, on_unreadable));
  const auto items = nlohmann::json::parse(r.text(16), nullptr, false);
  if (!items.is_array()) return unreadable(n.id, "items");
  for (const auto& i : items) {
    if (!i.is_object()) return unreadable(n.id, "items");
    n.items.push_back(NoticeItem{i.value("content", ""), i.value("reason", "")});
  }
  n.reason = r.text(17);
  n.contact_phone = r.text(18);
  n.idempotency_key = r.text(19);
  return s;
}

Result<std::vector<StoredNotice>> notices_from(
    SqlConnection& c, const Result<SqlRows>& rows,
    detail::Unreadable on_unreadable = detail::Unreadable::fail) {
  if (!rows.ok()) return rows.error();
  std::vector<StoredNotice> out;
  for (const auto& r : *rows) {
    auto n = notice_from_row(c, r, on_unreadable);
    if (!n.ok()) return n.error();
    out.push_back(std::move(*n));
  }
  return out;
}

std::vector<SqlValue> range_params(const NoticeRange& range) {
  return {range.agency_code, range.from_iso, range.to_iso, range.kind};
}

}  // namespace

Result<long long> next_notice_number(SqlConnection& c, const std::string& agency_code,
                                     const std::string& year) {
  auto r = c.query(
      "INSERT INTO reception_notice_sequences (agency_code, year, last_number) VALUES ($1, $2, "
      "1) ON CONFLICT (agency_code, year) DO UPDATE SET last_number = "
      "reception_notice_sequences.last_number + 1 RETURNING last_number",
      {agency_code, year});
  if (!r.ok()) return r.error();
  return static_cast<long long>(r->front().integer(0));
}

Status insert_reception_notice(SqlConnection& c, const ReceptionNotice& n,
                               const std::string& issuer_name) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& i : n.items) items.push_back({{"content", i.content}, {"reason", i.reason}});
  const auto sealed = detail::sealed_applicant(c, "reception_notices", n.id, n.applicant);
  auto r = c.query(
      "INSERT INTO reception_notices (id, number, kind, agency_code, issued_by, issuer_name, "
      "issued_at, procedure_code, procedure_version, procedure_name, channel, applicant_name, "
      "applicant_id_number, applicant_phone, applicant_email, applicant_address, items, reason, "
      "contact_phone, idempotency_key, applicant_id_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, "
      "$8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)",
      {n.id,
       std::int64_t(n.number),
       std::string(dossier::to_string(n.kind)),
       n.agency_code,
       n.issued_by,
       issuer_name,
       format_iso(n.issued_at),
       n.procedure_code,
       std::int64_t(n.procedure_version),
       n.procedure_name,
       std::string(catalog::channel_name(n.channel)),
       n.applicant.full_name,
       sealed[0],
       sealed[1],
       sealed[2],
       sealed[3],
       items.dump(),
       n.reason,
       n.contact_phone,
       n.idempotency_key.empty() ? SqlValue{nullptr} : SqlValue{n.idempotency_key},
       c.data_keys().lookup_hash(n.applicant.id_number)});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::optional<StoredNotice>> find_reception_notice(SqlConnection& c, const std::string& id) {
  auto rows =
      notices_from(c, c.query(std::string(kReceptionNoticeColumns) + "WHERE n.id = $1", {id}));
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<StoredNotice>{};
  return std::optional<StoredNotice>{std::move(rows->front())};
}

Result<std::optional<StoredNotice>> find_reception_notice_by_key(SqlConnection& c,
                                                                 const std::string& key) {
  auto rows = notices_from(
      c, c.query(std::string(kReceptionNoticeColumns) + "WHERE n.idempotency_key = $1", {key}));
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<StoredNotice>{};
  return std::optional<StoredNotice>{std::move(rows->front())};
}

Result<std::vector<StoredNotice>> reception_notice_page(SqlConnection& c, const NoticeRange& range,
                                                        int limit,
                                                        const std::optional<PageKey>& after) {
  auto params = range_params(range);
  params.push_back(after ? after->at : std::string{});
  params.push_back(after ? after->code : std::string{});
  params.push_back(std::int64_t(limit));
  return notices_from(c,
                      c.query(std::string(kScope) + kReceptionNoticeColumns + kInRange +
                                  "AND ($5 = '' OR n.issued_at > $5 OR (n.issued_at = $5 AND "
                                  "n.id > $6)) ORDER BY n.issued_at, n.id LIMIT $7",
                              params),
                      detail::Unreadable::blank_and_log);
}

Result<NoticeCounts> count_reception_notices(SqlConnection& c, const NoticeRange& range) {
  auto rows = c.query(std::string(kScope) + "SELECT n.kind, COUNT(*) FROM reception_notices n " +
                          kInRange + "GROUP BY n.kind",
                      range_params(range));
  if (!rows.ok()) return rows.error();
  NoticeCounts counts;
  for (const auto& r : *rows) {
    if (r.text(0) == "supplement") counts.supplement = r.integer(1);
    if (r.text(0) == "refusal") counts.refusal = r.integer(1);
  }
  return counts;
}

}  // namespace motcua::store
