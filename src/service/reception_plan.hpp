#pragma once
// What reception decides before anything is written (service-internal), shared by reception at
// the counter and the acceptance of an online submission (issue 11).
#include <optional>
#include <string>

#include "motcua/calendar/processing_time.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/catalog/procedure.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/process_definition.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service::detail {

// The checked application, its procedure version, the agencies involved and the time limit.
struct Plan {
  dossier::ReceptionRequest request;
  catalog::Procedure procedure;
  int procedure_version = 0;
  std::string receiving_agency;
  std::string competent_agency;
  calendar::ProcessingTime limit;
  // The process definition in force for the procedure and channel; none = built-in default.
  std::optional<dossier::ProcessDefinition> process;
  // Why a stored definition was set aside for the default (empty when it was not).
  std::string process_fallback;
  // The desk named the competent agency of a procedure on its province's boundary-free list.
  bool boundary_free = false;
};

// Checks `request` against its procedure (validate_reception) and routes it from
// `receiving_agency` (which must exist: invalid naming agency_code otherwise) to the competent
// agency, with the processing time and the process definition in force now.
Result<Plan> make_plan(store::SqlConnection& c, const std::string& receiving_agency,
                       dossier::ReceptionRequest request);

// Sets what reception gives dossier `d` (whose code and channel are set) at `now`: its
// procedure and agencies, status in_progress, reception time, the appointment `due` as the
// statutory one, the process version and its first step, timed on `cal`.
void start_dossier(const Plan& p, dossier::Dossier& d, TimePoint now, TimePoint due,
                   const calendar::WorkingCalendar& cal);
// The details of the event that receives `d` (as start_dossier left it).
dossier::EventDetails reception_details(const Plan& p, const dossier::Dossier& d);

}  // namespace motcua::service::detail
