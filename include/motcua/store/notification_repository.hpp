#pragma once
// The applicant outbox in the database (migration 0006).
#include <optional>
#include <string>
#include <vector>

#include "motcua/notification/notification.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

// Adds a queued notification; a second insert of the same id changes nothing.
Status insert_notification(SqlConnection& c, const notification::Notification& n);

struct OutboxFilter {
  std::string agency_code;  // empty: every agency
  std::optional<notification::DeliveryStatus> status;
  std::string dossier_code;  // empty: every dossier
  int limit = 50;
  int offset = 0;
};
// Oldest first, so a gateway works through the queue in order.
Result<std::vector<notification::Notification>> list_notifications(SqlConnection& c,
                                                                   const OutboxFilter& filter);
Result<std::optional<notification::Notification>> find_notification(SqlConnection& c,
                                                                    const std::string& id);
// Records a delivery attempt; attempts grows by one.
Status record_delivery(SqlConnection& c, const std::string& id, notification::DeliveryStatus status,
                       const std::string& error, const std::string& at_iso);

}  // namespace motcua::store
