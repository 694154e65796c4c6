#pragma once
// JSON shapes of dossiers: the staff view, the public view (no personal data) and history.
#include <nlohmann/json.hpp>

#include "motcua/common/result.hpp"
#include "motcua/dossier/dossier.hpp"

namespace motcua::http {

// {full_name, id_number, phone, email, address}.
nlohmann::json applicant_json(const dossier::Applicant& a);
nlohmann::json staff_dossier_json(const dossier::Dossier& d);
// The same for a row of a list: the applicant's personal data masked (dossier::masked); the
// full view is one read of the dossier, and recorded.
nlohmann::json staff_dossier_list_json(const dossier::Dossier& d);
nlohmann::json public_dossier_json(const dossier::Dossier& d,
                                   const std::vector<dossier::DossierEvent>& events);
nlohmann::json event_json(const dossier::DossierEvent& e);
// The clock of the dossier as stored on it: "statutory_due_at", "outcome", "clock_stopped"
// and "pause" (as add_timeliness describes them).
void add_clock(nlohmann::json& j, const dossier::Dossier& d);
// The dossier's timeliness as stored on it: "statutory_due_at" (the appointment its outcome is
// judged against), "outcome" (early / on_time / late once finished by a decision, else null)
// "clock_stopped" (waiting for the applicant or lawfully paused: never overdue), "pause" (the
// listed reason in force, since when, whether it stops the clock; null unless paused) and
// "apology" (what Form 04 said: original and new appointment, late, timely; null without).
// An apology event whose details do not parse (an altered row) is an internal error, not a
// dossier shown without its apology.
Status add_timeliness(nlohmann::json& j, const dossier::Dossier& d,
                      const std::vector<dossier::DossierEvent>& events);

}  // namespace motcua::http
