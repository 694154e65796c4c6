#pragma once
// JSON shapes of applicant notifications: the outbox row for staff, the message for the public.
#include <nlohmann/json.hpp>

#include "motcua/notification/notification.hpp"

namespace motcua::http {

nlohmann::json outbox_json(const notification::Notification& n);
// For the public status page: the kind of message and when, in words without personal data.
nlohmann::json public_notification_json(const notification::Notification& n);

}  // namespace motcua::http
