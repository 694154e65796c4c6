#pragma once
// Reception of a dossier at the desk: validate against the procedure, route it to the
// competent agency, give it a code and an appointment, and record it with its first event.
#include <functional>
#include <string>

#include "motcua/auth/user.hpp"
#include "motcua/calendar/processing_time.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/service/calendar_lookup.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

class ReceptionService {
 public:
  // The receiving agency's calendar gives the appointment and times the first step of the
  // dossier's process, as the workflow times the rest.
  ReceptionService(store::Database& db, const Clock& clock,
                   CalendarLookup calendars = standard_calendars())
      : db_(db), clock_(clock), calendars_(std::move(calendars)) {}

  // Receives an application. With an idempotency key already used, returns that dossier
  // unchanged (a retry), provided it was received by the same agency.
  Result<dossier::Dossier> receive(const auth::User& officer, dossier::ReceptionRequest request,
                                   const std::string& idempotency_key);

 private:
  store::Database& db_;
  const Clock& clock_;
  CalendarLookup calendars_;
};

}  // namespace motcua::service
