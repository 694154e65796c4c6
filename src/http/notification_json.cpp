#include "notification_json.hpp"

#include "motcua/common/time.hpp"

namespace motcua::http {

nlohmann::json outbox_json(const notification::Notification& n) {
  return {{"id", n.id},
          {"dossier_code", n.dossier_code},
          {"agency_code", n.agency_code},
          {"kind", notification::to_string(n.kind)},
          {"channel", notification::to_string(n.channel)},
          {"recipient", n.recipient},
          {"subject", n.message.subject},
          {"body", n.message.body},
          {"status", notification::to_string(n.status)},
          {"created_at", format_iso(n.created_at)},
          {"updated_at",
           n.updated_at ? nlohmann::json(format_iso(*n.updated_at)) : nlohmann::json(nullptr)},
          {"attempts", n.attempts},
          {"last_error", n.last_error}};
}

nlohmann::json public_notification_json(const notification::Notification& n) {
  return {{"at", format_iso(n.created_at)},
          {"kind", notification::to_string(n.kind)},
          {"message", notification::public_summary(n.kind)}};
}

}  // namespace motcua::http
