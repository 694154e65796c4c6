#pragma once
// The applicant outbox: workflow actions queue messages in their own transaction; staff and
// a delivery gateway read the queue and record what became of each message; the public
// status page shows the messages of a dossier to whoever may look it up.
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/notification/notification.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/notification_repository.hpp"

namespace motcua::service {

// Queues the messages `event` owes the applicant, if its action owes any (Decree 61/2018
// Art. 19(9): the applicant is told of the apology and the new appointment). Runs inside the
// action's write transaction, so a message exists exactly when its event does.
Status queue_notifications(store::SqlConnection& c, const dossier::Dossier& d,
                           const dossier::DossierEvent& event,
                           const dossier::EventDetails& details);

class NotificationService {
 public:
  NotificationService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Staff see their own agency's outbox; an admin may name any agency or none.
  Result<std::vector<notification::Notification>> outbox(const auth::User& user,
                                                         store::OutboxFilter filter);
  // A gateway (admin) or the desk (receiver, e.g. after telling the applicant by phone)
  // records a delivery attempt. Only a queued or failed message may change.
  Result<notification::Notification> record_delivery(const auth::User& user, const std::string& id,
                                                     const std::string& status,
                                                     const std::string& error);
  // The messages sent about one dossier, one per event (SMS wording), oldest first. Call only
  // after the caller proved they may see the dossier.
  Result<std::vector<notification::Notification>> for_dossier(const std::string& code);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
