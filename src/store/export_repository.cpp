#include "motcua/store/export_repository.hpp"

#include <map>

#include "history_rows.hpp"

namespace motcua::store {

namespace {

// Each agency's path from the root, read once: a province has a few thousand agencies.
Result<std::map<std::string, std::string>> agency_paths(SqlConnection& c) {
  auto rows = c.query("SELECT code, COALESCE(parent_code, '') FROM agencies");
  if (!rows.ok()) return rows.error();
  std::map<std::string, std::string> parent;
  for (const auto& r : *rows) parent[r.text(0)] = r.text(1);
  std::map<std::string, std::string> out;
  for (const auto& [code, _] : parent) {
    std::string path = code;
    std::string up = parent[code];
    // The tree is shallow (province, department or commune, desk); a loop would be a broken
    // import, cut off rather than followed forever.
    for (int depth = 0; !up.empty() && depth < 16; ++depth) {
      path = up + "/" + path;
      const auto it = parent.find(up);
      up = it == parent.end() ? "" : it->second;
    }
    out[code] = path;
  }
  return out;
}

}  // namespace

Status for_each_dossier_to_export(SqlConnection& c, const std::optional<std::string>& received_from,
                                  const std::optional<std::string>& received_before, int batch,
                                  const std::function<Status(const DossierToExport&)>& each) {
  auto paths = agency_paths(c);
  if (!paths.ok()) return paths.error();
  const std::string from = received_from.value_or("");
  const std::string before = received_before.value_or("~");  // after every ISO time
  std::string after;
  while (true) {
    auto rows = c.query(
        "WITH batch AS (SELECT d.code, d.receiving_agency, d.competent_agency, d.procedure_code, "
        "COALESCE(p.field, ''), d.channel, d.status, d.received_at, d.due_at, "
        "COALESCE(d.statutory_due_at, d.due_at), COALESCE(d.finished_at, '') FROM dossiers d "
        "LEFT JOIN procedures p ON p.code = d.procedure_code "
        "WHERE d.code > $1 AND d.received_at >= $2 AND d.received_at < $3 ORDER BY d.code "
        "LIMIT $4) "
        "SELECT b.*, e.at, e.action, e.details FROM batch b "
        "JOIN dossier_events e ON e.dossier_code = b.code ORDER BY b.code, e.seq",
        {after, from, before, std::int64_t(batch)});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return ok_status();
    DossierToExport d;
    auto flush = [&]() -> Status {
      if (d.code.empty()) return ok_status();
      MOTCUA_TRY(each(d));
      d = DossierToExport{};
      return ok_status();
    };
    for (const auto& r : *rows) {
      if (r.text(0) != d.code) {
        MOTCUA_TRY(flush());
        d.code = r.text(0);
        d.receiving_agency = r.text(1);
        d.competent_agency = r.text(2);
        const auto path = paths->find(d.competent_agency);
        d.agency_path = path == paths->end() ? d.competent_agency : path->second;
        d.procedure_code = r.text(3);
        d.field = r.text(4);
        d.channel = r.text(5);
        d.status = r.text(6);
        d.received_at = r.text(7);
        d.due_at = r.text(8);
        d.statutory_due_at = r.text(9);
        d.finished_at = r.text(10);
      }
      auto e = detail::history_event(r, 11, d.code, "export.event_time");
      if (!e.ok()) return e.error();
      d.events.push_back(std::move(*e));
    }
    after = d.code;
    MOTCUA_TRY(flush());
  }
}

}  // namespace motcua::store
