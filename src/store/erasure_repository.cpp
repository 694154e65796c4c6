#include "motcua/store/erasure_repository.hpp"

#include "motcua/common/time.hpp"
#include "motcua/dossier/history.hpp"
#include "motcua/store/dossier_repository.hpp"

namespace motcua::store {

namespace {

using dossier::ErasureScope;

// The statuses that finish a dossier (dossier.hpp).
constexpr const char* kFinished = "('returned', 'refused', 'withdrawn', 'not_received')";

Status changed_one(const Result<SqlRows>& r, const std::string& what, const std::string& id) {
  if (!r.ok()) return r.error();
  if (r->size() != 1)
    return make_error(ErrorCode::not_found, "erasure.not_found", "no " + what + " " + id,
                      "không tìm thấy " + id);
  return ok_status();
}

std::optional<TimePoint> erasure_time_of(const SqlRow& r, std::size_t i,
                                         const std::string& record) {
  if (r.is_null(i) || r.text(i).empty()) return std::nullopt;
  const auto t = parse_iso(r.text(i));
  if (!t) throw std::logic_error(record + " has no valid time: " + r.text(i));
  return t;
}

// The free text of the dossier's history and its rating's comment (history.hpp): events
// written since migration 0037 lose their note, reason and salt; older ones are counted.
Status erase_free_text(SqlConnection& c, const std::string& code, DossierErasure& out) {
  auto events = dossier_events(c, code);
  if (!events.ok()) return events.error();
  for (const auto& e : *events) {
    if (!dossier::has_free_text(e)) continue;
    if (e.text_digest.empty() || e.text_salt.empty()) {
      out.texts_kept += e.text_digest.empty();
      continue;
    }
    const auto bare = dossier::without_free_text(e);
    auto r = c.query(
        "UPDATE dossier_events SET note = $2, details = $3, text_salt = '' "
        "WHERE seq = $1",
        {e.seq, bare.note, bare.details});
    if (!r.ok()) return r.error();
    ++out.texts_erased;
  }
  auto comment = c.query(
      "UPDATE ratings SET comment = '' WHERE dossier_code = $1 AND comment <> '' "
      "RETURNING dossier_code",
      {code});
  if (!comment.ok()) return comment.error();
  out.texts_erased += static_cast<int>(comment->size());
  return ok_status();
}

}  // namespace

Result<std::optional<ErasureSubject>> dossier_erasure_subject(SqlConnection& c,
                                                              const std::string& code) {
  auto rows = c.query(
      // CASE: one integer on both engines (PostgreSQL would answer a boolean).
      std::string("SELECT procedure_code, status, finished_at, receiving_agency, CASE WHEN "
                  "status IN ") +
          kFinished +
          " THEN 1 ELSE 0 END, CASE WHEN EXISTS (SELECT 1 FROM notifications n WHERE "
          "n.dossier_code = d.code AND n.status = 'queued') THEN 1 ELSE 0 END FROM dossiers d "
          "WHERE code = $1",
      {code});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<ErasureSubject>{};
  const auto& r = rows->front();
  ErasureSubject s;
  s.procedure_code = r.text(0);
  s.status = r.text(1);
  s.finished_at = erasure_time_of(r, 2, "dossier " + code);
  s.chain_key = r.text(3);
  s.finished = r.integer(4) != 0 && s.finished_at.has_value();
  s.messages_pending = r.integer(5) != 0;
  return std::optional<ErasureSubject>{std::move(s)};
}

Result<std::optional<ErasureSubject>> notice_erasure_subject(SqlConnection& c,
                                                             const std::string& id) {
  auto rows =
      c.query("SELECT procedure_code, issued_at FROM reception_notices WHERE id = $1", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<ErasureSubject>{};
  ErasureSubject s;
  s.procedure_code = rows->front().text(0);
  // A notice finishes the matter when it is issued: nothing is received.
  s.finished_at = erasure_time_of(rows->front(), 1, "notice " + id);
  s.finished = s.finished_at.has_value();
  return std::optional<ErasureSubject>{std::move(s)};
}

Result<ErasureScope> erased_scope(SqlConnection& c, const std::string& record) {
  auto rows = c.query("SELECT scope FROM personal_data_erasures WHERE record = $1", {record});
  if (!rows.ok()) return rows.error();
  ErasureScope widest = ErasureScope::none;
  for (const auto& r : *rows) {
    ErasureScope s{};
    if (!dossier::parse_erasure_scope(r.text(0), s))
      throw std::logic_error("personal_data_erasures.scope is not a scope: " + r.text(0));
    widest = std::max(widest, s);
  }
  return widest;
}

Status record_erasure(SqlConnection& c, const ErasureRecord& e) {
  auto r = c.query(
      "INSERT INTO personal_data_erasures (record, record_kind, scope, ground, decision, "
      "erased_by, erased_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {e.record, e.record_kind, std::string(dossier::to_string(e.scope)),
       std::string(dossier::to_string(e.ground)), e.decision, e.erased_by,
       format_iso(e.erased_at)});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<DossierErasure> erase_dossier_personal_data(SqlConnection& c, const std::string& code,
                                                   ErasureScope scope) {
  DossierErasure out;
  if (scope == ErasureScope::none) return out;
  const bool everything = scope == ErasureScope::everything;
  MOTCUA_TRY(changed_one(
      c.query(std::string("UPDATE dossiers SET applicant_phone = '', applicant_email = ''") +
                  (everything ? ", applicant_name = '', applicant_id_number = '', "
                                "applicant_id_hash = '', applicant_address = '', "
                                "applicant_phone_last4 = ''"
                              : "") +
                  ", version = version + 1 WHERE code = $1 RETURNING code",
              {code}),
      "dossier", code));
  // A message not delivered yet has no one to go to any more.
  auto queued = c.query(
      "UPDATE notifications SET status = 'failed', last_error = 'personal data erased' "
      "WHERE dossier_code = $1 AND status = 'queued'",
      {code});
  if (!queued.ok()) return queued.error();
  auto messages = c.query(std::string("UPDATE notifications SET recipient = ''") +
                              (everything ? ", body = ''" : "") + " WHERE dossier_code = $1",
                          {code});
  if (!messages.ok()) return messages.error();
  if (!everything) return out;
  auto files =
      c.query("DELETE FROM dossier_uploads WHERE dossier_code = $1 RETURNING sha256", {code});
  if (!files.ok()) return files.error();
  for (const auto& f : *files) {
    auto gone = c.query(
        "DELETE FROM uploads WHERE sha256 = $1 AND NOT EXISTS (SELECT 1 FROM dossier_uploads "
        "WHERE sha256 = $1)",
        {f.text(0)});
    if (!gone.ok()) return gone.error();
  }
  out.uploads_removed = static_cast<int>(files->size());
  MOTCUA_TRY(erase_free_text(c, code, out));
  return out;
}

Status erase_notice_personal_data(SqlConnection& c, const std::string& id, ErasureScope scope) {
  if (scope == ErasureScope::none) return ok_status();
  return changed_one(
      c.query(std::string("UPDATE reception_notices SET applicant_phone = '', "
                          "applicant_email = ''") +
                  (scope == ErasureScope::everything
                       ? ", applicant_name = '', applicant_id_number = '', applicant_id_hash = "
                         "'', applicant_address = '', reason = '', items = '[]'"
                       : "") +
                  " WHERE id = $1 RETURNING id",
              {id}),
      "reception notice", id);
}

Result<std::vector<ErasureCandidate>> erasure_candidates(SqlConnection& c,
                                                         const std::string& record_kind,
                                                         const std::string& after, int limit) {
  const bool dossiers = record_kind == "dossier";
  const std::string sql =
      dossiers ? std::string(
                     "SELECT code, procedure_code, finished_at FROM dossiers WHERE "
                     "status IN ") +
                     kFinished + " AND code > $1"
               : "SELECT id, procedure_code, issued_at FROM reception_notices WHERE id > $1";
  auto rows =
      c.query(sql +
                  " AND NOT EXISTS (SELECT 1 FROM personal_data_erasures e WHERE "
                  "e.record = " +
                  (dossiers ? "code" : "id") + " AND e.scope = 'everything') ORDER BY 1 LIMIT $2",
              {after, std::int64_t(limit)});
  if (!rows.ok()) return rows.error();
  std::vector<ErasureCandidate> out;
  for (const auto& r : *rows) {
    const auto at = parse_iso(r.text(2));
    if (!at) throw std::logic_error(record_kind + " " + r.text(0) + " finished at no time");
    out.push_back({r.text(0), record_kind, r.text(1), *at});
  }
  return out;
}

}  // namespace motcua::store
