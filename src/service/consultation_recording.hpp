#pragma once
// Keeps the consultations table in step with a dossier change, inside the change's write
// transaction (Decree 61/2018 Art. 19(5)): the rule (dossier/consultation.hpp) says which
// consultation an action opens or closes; this stores it with the event's sequence number.
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/process_definition.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service::detail {

Status record_consultations(store::SqlConnection& c, const dossier::ProcessDefinition& process,
                            const dossier::Dossier& before, const dossier::Dossier& after,
                            const dossier::DossierEvent& appended);

}  // namespace motcua::service::detail
