#pragma once
// JSON shapes of dossiers: the staff view, the public view (no personal data) and history.
#include <nlohmann/json.hpp>

#include "motcua/dossier/dossier.hpp"

namespace motcua::http {

nlohmann::json staff_dossier_json(const dossier::Dossier& d);
nlohmann::json public_dossier_json(const dossier::Dossier& d,
                                   const std::vector<dossier::DossierEvent>& events);
nlohmann::json event_json(const dossier::DossierEvent& e);
// What the history says of the dossier's timeliness: "apology" (original and new appointment,
// whether it came late; null without one) and, once finished, "outcome" (early / on_time /
// late against the appointment before any apology) with "statutory_due_at".
void add_timeliness(nlohmann::json& j, const std::vector<dossier::DossierEvent>& events);
// "001203004567" → "********4567": IDs are masked wherever a full view is not needed.
std::string mask_id(const std::string& id);

}  // namespace motcua::http
