#include "consultation_recording.hpp"

#include "motcua/common/time.hpp"
#include "motcua/dossier/consultation.hpp"
#include "motcua/store/consultation_repository.hpp"

namespace motcua::service::detail {

Status record_consultations(store::SqlConnection& c, const dossier::ProcessDefinition& process,
                            const dossier::Dossier& before, const dossier::Dossier& after,
                            const dossier::DossierEvent& appended) {
  const auto change = dossier::consultation_change(process, before, after, appended.kind);
  if (change.closes) {
    auto open = store::open_consultation(c, before.code);
    if (!open.ok()) return open.error();
    if (open->has_value()) {
      const auto due = parse_iso((*open)->due_at);
      const bool late = due && dossier::consultation_late(*due, appended.at, appended.at);
      MOTCUA_TRY(store::close_consultation(c, (*open)->id, format_iso(appended.at),
                                           std::string(dossier::to_string(appended.kind)),
                                           appended.actor, appended.seq, late));
    }
  }
  if (!change.opened) return ok_status();
  store::ConsultationRow row;
  row.id = after.code + "#" + std::to_string(appended.seq);
  row.dossier_code = after.code;
  row.receiving_agency = after.receiving_agency;
  row.asking_agency = change.opened->asking_agency;
  row.consulted_agency = change.opened->consulted_agency;
  row.consulted_role = change.opened->consulted_role;
  row.asked_by = appended.actor;
  row.asked_at = format_iso(appended.at);
  row.asked_seq = appended.seq;
  row.due_at = format_iso(change.opened->due_at);
  return store::insert_consultation(c, row);
}

}  // namespace motcua::service::detail
