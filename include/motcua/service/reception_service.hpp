#pragma once
// Reception of a dossier at the desk: validate against the procedure, route it to the
// competent agency, give it a code and an appointment, and record it with its first event.
#include <functional>
#include <string>

#include "motcua/auth/user.hpp"
#include "motcua/calendar/processing_time.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

// The appointment for a dossier received at `start` by the receiving agency `agency_code`
// with the given limit.
using DueCalculator = std::function<TimePoint(TimePoint start, const calendar::ProcessingTime& limit,
                                              const std::string& agency_code)>;

class ReceptionService {
 public:
  ReceptionService(store::Database& db, const Clock& clock, DueCalculator due)
      : db_(db), clock_(clock), due_(std::move(due)) {}

  // Receives an application. With an idempotency key already used, returns that dossier
  // unchanged (a retry), provided it was received by the same agency.
  Result<dossier::Dossier> receive(const auth::User& officer, dossier::ReceptionRequest request,
                                   const std::string& idempotency_key);

 private:
  store::Database& db_;
  const Clock& clock_;
  DueCalculator due_;
};

}  // namespace motcua::service
