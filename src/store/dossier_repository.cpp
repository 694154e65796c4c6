#include "motcua/store/dossier_repository.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "dossier_rows.hpp"
#include "late_dossiers.hpp"
#include "motcua/catalog/catalog_names.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/history.hpp"
#include "motcua/secret/seal.hpp"
#include "sealed_applicant.hpp"

namespace motcua::store {

using dossier::Dossier;
using dossier::DossierEvent;

namespace {

constexpr const char* kDossierColumns =
    "SELECT d.code, d.procedure_code, d.procedure_version, d.receiving_agency, "
    "d.competent_agency, d.channel, d.status, d.current_step, d.step_agency, d.step_role, "
    "d.assignee, d.received_at, d.due_at, d.step_due_at, d.finished_at, d.applicant_name, "
    "d.applicant_id_number, d.applicant_phone, d.applicant_email, d.applicant_address, "
    "d.documents, d.received_by, d.idempotency_key, d.version, p.name, d.process_version, "
    "d.statutory_due_at, d.outcome, d.apologized_at, d.pause_reason, d.paused_at, "
    "d.clock_stopped, d.applicant_phone_last4 "
    "FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code ";

std::optional<TimePoint> opt_time(const SqlRow& r, size_t i) {
  if (r.is_null(i)) return std::nullopt;
  return parse_iso(r.text(i));
}

SqlValue time_value(const std::optional<TimePoint>& t) {
  return t ? SqlValue{format_iso(*t)} : SqlValue{nullptr};
}

SqlValue opt_string(const std::string& s) { return s.empty() ? SqlValue{nullptr} : SqlValue{s}; }

SqlValue outcome_value(const std::optional<calendar::Outcome>& o) {
  return o ? SqlValue{std::string(calendar::to_string(*o))} : SqlValue{nullptr};
}

Result<Dossier> dossier_from_row(SqlConnection& c, const SqlRow& r,
                                 detail::Unreadable unreadable = detail::Unreadable::fail) {
  Dossier d;
  d.code = r.text(0);
  d.procedure_code = r.text(1);
  d.procedure_version = int(r.integer(2));
  d.receiving_agency = r.text(3);
  d.competent_agency = r.text(4);
  d.channel = catalog::parse_channel_name(r.text(5)).value_or(catalog::Channel::counter);
  dossier::parse_status(r.text(6), d.status);
  d.current_step = r.text(7);
  d.step_agency = r.text(8);
  d.step_role = r.text(9);
  d.assignee = r.text(10);
  d.received_at = opt_time(r, 11).value_or(TimePoint{});
  d.due_at = opt_time(r, 12).value_or(TimePoint{});
  d.step_due_at = opt_time(r, 13);
  d.finished_at = opt_time(r, 14);
  d.applicant.full_name = r.text(15);
  MOTCUA_TRY(detail::open_applicant(c, "dossiers", d.code, r, 16, d.applicant, unreadable));
  auto docs = nlohmann::json::parse(r.text(20), nullptr, false);
  if (docs.is_array())
    for (const auto& j : docs)
      d.documents.push_back({j.value("id", 0), j.value("name", ""), j.value("copies", 1)});
  d.received_by = r.text(21);
  d.idempotency_key = r.text(22);
  d.version = int(r.integer(23));
  d.procedure_name = r.text(24);
  d.process_version = r.is_null(25) ? 0 : int(r.integer(25));
  d.statutory_due_at = opt_time(r, 26).value_or(d.due_at);
  if (!r.is_null(27)) d.outcome = calendar::parse_outcome(r.text(27));
  d.apologized_at = opt_time(r, 28);
  d.pause_reason = r.text(29);
  d.paused_at = opt_time(r, 30);
  d.clock_stopped = r.integer(31) != 0;
  d.phone_last4 = r.text(32);
  return d;
}

std::string documents_json(const Dossier& d) {
  nlohmann::json docs = nlohmann::json::array();
  for (const auto& doc : d.documents)
    docs.push_back({{"id", doc.required_id}, {"name", doc.name}, {"copies", doc.copies}});
  return docs.dump();
}

Result<std::optional<Dossier>> first_dossier(SqlConnection& c, Result<SqlRows> rows) {
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<Dossier>{};
  auto d = dossier_from_row(c, rows->front());
  if (!d.ok()) return d.error();
  return std::optional<Dossier>{std::move(*d)};
}

constexpr const char* kEventColumns =
    "SELECT seq, chain_key, chain_pos, dossier_code, at, actor, action, from_status, to_status, "
    "details, note, prev_hash, hash, text_digest, text_salt FROM dossier_events ";

DossierEvent event_from_row(const SqlRow& r, bool* canonical_time = nullptr) {
  DossierEvent e;
  e.seq = r.integer(0);
  e.chain_key = r.text(1);
  e.chain_pos = r.integer(2);
  e.dossier_code = r.text(3);
  const std::string at = r.text(4);
  auto t = parse_iso(at);
  e.at = t.value_or(TimePoint{});
  // A time rewritten in another but equivalent spelling is still an alteration.
  if (canonical_time) *canonical_time = t && format_iso(*t) == at;
  e.actor = r.text(5);
  e.kind = dossier::parse_event_kind(r.text(6));
  e.from_status = r.text(7);
  e.to_status = r.text(8);
  e.details = r.text(9);
  e.note = r.text(10);
  e.prev_hash = r.text(11);
  e.hash = r.text(12);
  e.text_digest = r.text(13);
  e.text_salt = r.text(14);
  return e;
}

}  // namespace

namespace detail {

Result<std::vector<Dossier>> select_dossiers(SqlConnection& c, std::string_view rest,
                                             const std::vector<SqlValue>& params) {
  auto rows = c.query(std::string(kDossierColumns).append(rest), params);
  if (!rows.ok()) return rows.error();
  std::vector<Dossier> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) {
    auto d = dossier_from_row(c, r, Unreadable::blank_and_log);
    if (!d.ok()) return d.error();
    out.push_back(std::move(*d));
  }
  return out;
}

}  // namespace detail

Result<long long> next_dossier_number(SqlConnection& c, const std::string& agency_code,
                                      const std::string& day) {
  auto r = c.query(
      "INSERT INTO dossier_sequences (agency_code, day, last_number) VALUES ($1, $2, 1) "
      "ON CONFLICT (agency_code, day) DO UPDATE SET last_number = dossier_sequences.last_number "
      "+ 1 RETURNING last_number",
      {agency_code, day});
  if (!r.ok()) return r.error();
  return static_cast<long long>(r->front().integer(0));
}

Status insert_dossier(SqlConnection& c, const Dossier& d) {
  const std::string& phone = d.applicant.phone;
  const auto sealed = detail::sealed_applicant(c, "dossiers", d.code, d.applicant);
  auto r = c.query(
      "INSERT INTO dossiers (code, procedure_code, procedure_version, receiving_agency, "
      "competent_agency, channel, status, current_step, step_agency, step_role, assignee, "
      "received_at, due_at, step_due_at, finished_at, applicant_name, applicant_id_number, "
      "applicant_phone, applicant_phone_last4, applicant_email, applicant_address, documents, "
      "received_by, idempotency_key, version, process_version, statutory_due_at, outcome, "
      "apologized_at, pause_reason, paused_at, clock_stopped, applicant_id_hash) VALUES ($1, "
      "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, "
      "$21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33)",
      {d.code,
       d.procedure_code,
       std::int64_t(d.procedure_version),
       d.receiving_agency,
       d.competent_agency,
       std::string(catalog::channel_name(d.channel)),
       std::string(dossier::to_string(d.status)),
       opt_string(d.current_step),
       opt_string(d.step_agency),
       opt_string(d.step_role),
       opt_string(d.assignee),
       format_iso(d.received_at),
       format_iso(d.due_at),
       time_value(d.step_due_at),
       time_value(d.finished_at),
       d.applicant.full_name,
       sealed[0],
       sealed[1],
       phone.size() >= 4 ? phone.substr(phone.size() - 4) : phone,
       opt_string(sealed[2]),
       opt_string(sealed[3]),
       documents_json(d),
       d.received_by,
       opt_string(d.idempotency_key),
       std::int64_t(d.version),
       d.process_version > 0 ? SqlValue{std::int64_t(d.process_version)} : SqlValue{nullptr},
       format_iso(d.statutory_due_at),
       outcome_value(d.outcome),
       time_value(d.apologized_at),
       opt_string(d.pause_reason),
       time_value(d.paused_at),
       std::int64_t(d.clock_stopped),
       c.data_keys().lookup_hash(d.applicant.id_number)});
  if (!r.ok()) return r.error();
  return detail::tally_late(c, d.code, 1);
}

Status update_dossier(SqlConnection& c, const Dossier& d, int expected_version) {
  // Out of the apology report's tally as it was, back in as it is (migration 0026).
  MOTCUA_TRY(detail::tally_late(c, d.code, -1));
  auto r = c.query(
      "UPDATE dossiers SET competent_agency = $2, status = $3, current_step = $4, "
      "step_agency = $5, step_role = $6, assignee = $7, due_at = $8, step_due_at = $9, "
      "finished_at = $10, version = $11, statutory_due_at = $13, outcome = $14, "
      "apologized_at = $15, pause_reason = $16, paused_at = $17, clock_stopped = $18, "
      "received_at = $19, received_by = $20 "
      "WHERE code = $1 AND version = $12 RETURNING code",
      {d.code,
       d.competent_agency,
       std::string(dossier::to_string(d.status)),
       opt_string(d.current_step),
       opt_string(d.step_agency),
       opt_string(d.step_role),
       opt_string(d.assignee),
       format_iso(d.due_at),
       time_value(d.step_due_at),
       time_value(d.finished_at),
       std::int64_t(d.version),
       std::int64_t(expected_version),
       format_iso(d.statutory_due_at),
       outcome_value(d.outcome),
       time_value(d.apologized_at),
       opt_string(d.pause_reason),
       time_value(d.paused_at),
       std::int64_t(d.clock_stopped),
       format_iso(d.received_at),
       d.received_by});
  if (!r.ok()) return r.error();
  if (r->empty()) {
    MOTCUA_TRY(detail::tally_late(c, d.code, 1));  // unchanged: its rows as they were
    return make_error(ErrorCode::conflict, "dossier.concurrent_change",
                      "the dossier was changed by someone else; reload it",
                      "hồ sơ vừa được người khác thay đổi; vui lòng tải lại");
  }
  return detail::tally_late(c, d.code, 1);
}

Result<std::optional<Dossier>> find_dossier(SqlConnection& c, const std::string& code) {
  return first_dossier(c, c.query(std::string(kDossierColumns) + "WHERE d.code = $1", {code}));
}

Result<std::optional<Dossier>> find_dossier_by_idempotency_key(SqlConnection& c,
                                                               const std::string& key) {
  return first_dossier(
      c, c.query(std::string(kDossierColumns) + "WHERE d.idempotency_key = $1", {key}));
}

// Times are stored as "YYYY-MM-DDTHH:MM:SS+07:00", so text order is time order. Within one
// second, codes of one agency and day sort by their sequence: shorter first (past 9,999 the
// number widens), then as text.
Result<std::vector<Dossier>> dossiers_received(SqlConnection& c, const std::string& agency,
                                               TimePoint from, TimePoint to, int limit) {
  return detail::select_dossiers(
      c,
      "WHERE d.receiving_agency = $1 AND d.received_at >= $2 AND d.received_at < $3 AND "
      "d.status NOT IN ('submitted', 'not_received') ORDER BY d.received_at, LENGTH(d.code), "
      "d.code LIMIT $4",
      {agency, format_iso(from), format_iso(to), std::int64_t(limit)});
}

Result<long long> dossiers_received_before(SqlConnection& c, const std::string& agency,
                                           TimePoint since, const Dossier& d) {
  const std::string at = format_iso(d.received_at);
  auto rows = c.query(
      "SELECT COUNT(*) FROM dossiers WHERE receiving_agency = $1 AND received_at >= $2 AND "
      "status NOT IN ('submitted', 'not_received') AND "
      "(received_at < $3 OR (received_at = $3 AND (LENGTH(code) < $4 OR (LENGTH(code) = $4 "
      "AND code < $5))))",
      {agency, format_iso(since), at, std::int64_t(d.code.size()), d.code});
  if (!rows.ok()) return rows.error();
  return static_cast<long long>(rows->front().integer(0));
}

Result<DossierEvent> append_event(SqlConnection& c, DossierEvent e) {
  // The chain's head, locked until the transaction ends: on PostgreSQL another node appending
  // to the same chain waits here, then reads the head this one wrote (the no-op update takes
  // the row lock); SQLite's one writer needs no lock. A new chain starts at position 0, the
  // genesis.
  auto head = c.query(
      "INSERT INTO chain_heads (chain_key, pos, hash) VALUES ($1, 0, $2) ON CONFLICT (chain_key) "
      "DO UPDATE SET pos = chain_heads.pos RETURNING pos, hash",
      {e.chain_key, std::string(dossier::kGenesisHash)});
  if (!head.ok()) return head.error();
  e.chain_pos = head->front().integer(0) + 1;
  e.prev_hash = head->front().text(1);
  // One SQLite writer may take MAX + 1; PostgreSQL nodes draw from a sequence (migration 0028).
  auto seq =
      c.query(c.engine() == "postgres" ? "SELECT nextval('dossier_events_seq')"
                                       : "SELECT COALESCE(MAX(seq), 0) + 1 FROM dossier_events");
  if (!seq.ok()) return seq.error();
  e.seq = seq->front().integer(0);
  dossier::commit_free_text(e, secret::random_hex(16));
  e.hash = dossier::compute_event_hash(e);
  auto ins = c.query(
      "INSERT INTO dossier_events (seq, chain_key, chain_pos, dossier_code, at, actor, action, "
      "from_status, to_status, details, note, prev_hash, hash, text_digest, text_salt) VALUES "
      "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
      {e.seq, e.chain_key, e.chain_pos, e.dossier_code, format_iso(e.at), e.actor,
       std::string(to_string(e.kind)), e.from_status, e.to_status, e.details, e.note, e.prev_hash,
       e.hash, e.text_digest, e.text_salt});
  if (!ins.ok()) return ins.error();
  auto h = c.query("UPDATE chain_heads SET pos = $2, hash = $3 WHERE chain_key = $1",
                   {e.chain_key, e.chain_pos, e.hash});
  if (!h.ok()) return h.error();
  return e;
}

Result<std::vector<DossierEvent>> dossier_events(SqlConnection& c, const std::string& code) {
  auto rows = c.query(std::string(kEventColumns) + "WHERE dossier_code = $1 ORDER BY seq", {code});
  if (!rows.ok()) return rows.error();
  std::vector<DossierEvent> out;
  for (const auto& r : *rows) out.push_back(event_from_row(r));
  return out;
}

Result<std::vector<ChainReport>> verify_all_chains(SqlConnection& c) {
  auto rows = c.query(std::string(kEventColumns) + "ORDER BY chain_key, chain_pos");
  if (!rows.ok()) return rows.error();
  std::vector<ChainReport> reports;
  std::vector<DossierEvent> chain;
  std::optional<dossier::ChainBreak> non_canonical;
  auto close_chain = [&] {
    if (chain.empty()) return;
    ChainReport rep{chain.front().chain_key, std::int64_t(chain.size()), chain.back().hash, {}};
    rep.broken = dossier::verify_chain(chain);
    if (!rep.broken && non_canonical) rep.broken = non_canonical;
    reports.push_back(std::move(rep));
    chain.clear();
    non_canonical.reset();
  };
  for (const auto& r : *rows) {
    bool canonical = true;
    DossierEvent e = event_from_row(r, &canonical);
    if (!chain.empty() && chain.front().chain_key != e.chain_key) close_chain();
    if (!canonical && !non_canonical)
      non_canonical = dossier::ChainBreak{e.seq, e.chain_pos, "the event's time was rewritten"};
    chain.push_back(std::move(e));
  }
  close_chain();
  // The recorded head must be the chain's last event: a cut-off tail shows here.
  auto heads = c.query("SELECT chain_key, pos, hash FROM chain_heads ORDER BY chain_key");
  if (!heads.ok()) return heads.error();
  for (const auto& h : *heads) {
    auto it = std::find_if(reports.begin(), reports.end(),
                           [&](const ChainReport& rep) { return rep.chain_key == h.text(0); });
    if (it == reports.end()) {
      reports.push_back({h.text(0), 0, "",
                         dossier::ChainBreak{0, h.integer(1), "every event of the chain is gone"}});
    } else if (!it->broken && (it->length != h.integer(1) || it->head_hash != h.text(2))) {
      it->broken = dossier::ChainBreak{0, it->length + 1,
                                       "the chain ends before its recorded head (events removed)"};
    }
  }
  return reports;
}

Status record_dossier_read(SqlConnection& c, const DossierRead& read) {
  auto r = c.query(
      "INSERT INTO dossier_reads (at, username, dossier_code, purpose, address, notice_id) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {format_iso(read.at), read.username, read.dossier_code, read.purpose, read.address,
       read.notice_id});
  if (!r.ok()) return r.error();
  return ok_status();
}

namespace {
Result<std::vector<DossierRead>> read_rows(Result<SqlRows> rows) {
  if (!rows.ok()) return rows.error();
  std::vector<DossierRead> out;
  for (const auto& r : *rows) {
    auto at = parse_iso(r.text(0));
    if (!at) throw std::logic_error("dossier_reads.at is not ISO-8601: " + r.text(0));
    out.push_back({*at, r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)});
  }
  return out;
}
}  // namespace

Result<std::vector<DossierRead>> reads_of_dossier(SqlConnection& c, const std::string& code,
                                                  int limit, int offset) {
  return read_rows(
      c.query("SELECT at, username, dossier_code, purpose, address, notice_id FROM dossier_reads "
              "WHERE dossier_code = $1 ORDER BY at DESC, username LIMIT $2 OFFSET $3",
              {code, std::int64_t(limit), std::int64_t(offset)}));
}

Result<std::vector<DossierRead>> reads_of_notice(SqlConnection& c, const std::string& notice_id) {
  return read_rows(
      c.query("SELECT at, username, dossier_code, purpose, address, notice_id FROM dossier_reads "
              "WHERE notice_id = $1 ORDER BY at DESC, username",
              {notice_id}));
}

Result<std::vector<DossierRead>> reads_by_user(SqlConnection& c, const std::string& username,
                                               TimePoint from, TimePoint to, int limit,
                                               int offset) {
  return read_rows(c.query(
      "SELECT at, username, dossier_code, purpose, address, notice_id FROM dossier_reads "
      "WHERE username = $1 AND at >= $2 AND at < $3 ORDER BY at DESC, dossier_code "
      "LIMIT $4 OFFSET $5",
      {username, format_iso(from), format_iso(to), std::int64_t(limit), std::int64_t(offset)}));
}

}  // namespace motcua::store
