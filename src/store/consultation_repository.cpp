#include "motcua/store/consultation_repository.hpp"

#include <algorithm>
#include <tuple>

namespace motcua::store {

namespace {

constexpr const char* kConsultationColumns =
    "SELECT id, dossier_code, receiving_agency, asking_agency, consulted_agency, "
    "consulted_role, asked_by, asked_at, asked_seq, due_at, closed_at, closed_kind, "
    "answered_by, answered_seq, late FROM consultations ";

// Each WHERE repeats its partial index's condition word for word (migration 0018). $1 agency,
// $2 from, $3 to, ($4, $5) the key to resume after, $6 now, $7 limit.
constexpr const char* kLateAsking =
    "WHERE asking_agency = $1 AND due_at >= $2 AND due_at < $3 AND (due_at, id) > ($4, $5) "
    "AND (late = 1 OR closed_at IS NULL) AND (late = 1 OR due_at < $6) "
    "ORDER BY due_at, id LIMIT $7";
constexpr const char* kLateReceived =
    "WHERE receiving_agency = $1 AND due_at >= $2 AND due_at < $3 AND (due_at, id) > ($4, $5) "
    "AND receiving_agency <> asking_agency AND (late = 1 OR closed_at IS NULL) "
    "AND (late = 1 OR due_at < $6) ORDER BY due_at, id LIMIT $7";

ConsultationRow from_row(const SqlRow& r) {
  ConsultationRow c;
  c.id = r.text(0);
  c.dossier_code = r.text(1);
  c.receiving_agency = r.text(2);
  c.asking_agency = r.text(3);
  c.consulted_agency = r.text(4);
  c.consulted_role = r.text(5);
  c.asked_by = r.text(6);
  c.asked_at = r.text(7);
  c.asked_seq = r.integer(8);
  c.due_at = r.text(9);
  c.closed_at = r.optional_text(10);
  c.closed_kind = r.optional_text(11);
  c.answered_by = r.optional_text(12);
  if (!r.is_null(13)) c.answered_seq = r.integer(13);
  c.late = r.integer(14) != 0;
  return c;
}

Result<std::optional<ConsultationRow>> one(SqlConnection& c, const std::string& where,
                                           const std::vector<SqlValue>& params) {
  auto rows = c.query(std::string(kConsultationColumns) + where, params);
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<ConsultationRow>{};
  return std::optional<ConsultationRow>{from_row(rows->front())};
}

}  // namespace

Status insert_consultation(SqlConnection& c, const ConsultationRow& row) {
  auto r = c.query(
      "INSERT INTO consultations (id, dossier_code, receiving_agency, asking_agency, "
      "consulted_agency, consulted_role, asked_by, asked_at, asked_seq, due_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {row.id, row.dossier_code, row.receiving_agency, row.asking_agency, row.consulted_agency,
       row.consulted_role, row.asked_by, row.asked_at, row.asked_seq, row.due_at});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::optional<ConsultationRow>> open_consultation(SqlConnection& c,
                                                         const std::string& dossier_code) {
  return one(c, "WHERE dossier_code = $1 AND closed_at IS NULL ORDER BY asked_seq DESC LIMIT 1",
             {dossier_code});
}

Status close_consultation(SqlConnection& c, const std::string& id, const std::string& closed_at,
                          const std::string& closed_kind, const std::string& by, std::int64_t seq,
                          bool late) {
  auto r = c.query(
      "UPDATE consultations SET closed_at = $2, closed_kind = $3, answered_by = $4, "
      "answered_seq = $5, late = $6 WHERE id = $1 AND closed_at IS NULL",
      {id, closed_at, closed_kind, by, seq, std::int64_t(late ? 1 : 0)});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::optional<ConsultationRow>> latest_consultation(SqlConnection& c,
                                                           const std::string& dossier_code) {
  return one(c, "WHERE dossier_code = $1 ORDER BY asked_seq DESC LIMIT 1", {dossier_code});
}

Result<std::vector<ConsultationRow>> late_consultations(SqlConnection& c,
                                                        const std::string& agency_code,
                                                        const std::string& from_iso,
                                                        const std::string& to_iso,
                                                        const std::string& now_iso, int limit,
                                                        const std::optional<PageKey>& after) {
  const std::vector<SqlValue> params = {agency_code,
                                        from_iso,
                                        to_iso,
                                        after ? after->at : std::string{},
                                        after ? after->code : std::string{},
                                        now_iso,
                                        std::int64_t(limit)};
  std::vector<ConsultationRow> rows;
  for (const char* where : {kLateAsking, kLateReceived}) {
    auto r = c.query(std::string(kConsultationColumns) + where, params);
    if (!r.ok()) return r.error();
    for (const auto& row : *r) rows.push_back(from_row(row));
  }
  // Two ordered ranges of at most `limit` rows each: merged, the first `limit` are the page.
  std::sort(rows.begin(), rows.end(), [](const ConsultationRow& a, const ConsultationRow& b) {
    return std::tie(a.due_at, a.id) < std::tie(b.due_at, b.id);
  });
  if (int(rows.size()) > limit) rows.resize(size_t(limit));
  return rows;
}

}  // namespace motcua::store
