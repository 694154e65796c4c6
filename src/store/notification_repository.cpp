#include "motcua/store/notification_repository.hpp"

#include "motcua/common/time.hpp"
#include "motcua/store/data_keys.hpp"

namespace motcua::store {

namespace {

constexpr const char* kNotificationColumns =
    "SELECT id, dossier_code, agency_code, event_seq, kind, channel, recipient, subject, body, "
    "status, created_at, updated_at, attempts, last_error FROM notifications ";

notification::Kind kind_of(const std::string& text) {
  using notification::Kind;
  for (Kind k : notification::kAllKinds)
    if (notification::to_string(k) == text) return k;
  return Kind::apology;
}

Result<notification::Notification> notification_from_row(SqlConnection& c, const SqlRow& r) {
  notification::Notification n;
  n.id = r.text(0);
  n.dossier_code = r.text(1);
  n.agency_code = r.text(2);
  n.event_seq = r.integer(3);
  n.kind = kind_of(r.text(4));
  n.channel = r.text(5) == "email" ? notification::Channel::email : notification::Channel::sms;
  auto recipient = c.data_keys().open(sealed_place("notifications", "recipient", n.id), r.text(6));
  if (!recipient.ok()) return recipient.error();
  n.recipient = std::move(*recipient);
  n.message = {r.text(7), r.text(8)};
  notification::parse_delivery_status(r.text(9), n.status);
  n.created_at = parse_iso(r.text(10)).value_or(TimePoint{});
  if (auto u = r.optional_text(11)) n.updated_at = parse_iso(*u);
  n.attempts = static_cast<int>(r.integer(12));
  n.last_error = r.text(13);
  return n;
}

}  // namespace

Status insert_notification(SqlConnection& c, const notification::Notification& n) {
  auto r = c.query(
      "INSERT INTO notifications (id, dossier_code, agency_code, event_seq, kind, channel, "
      "recipient, subject, body, status, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING",
      {n.id, n.dossier_code, n.agency_code, n.event_seq, std::string(to_string(n.kind)),
       std::string(to_string(n.channel)),
       c.data_keys().seal(sealed_place("notifications", "recipient", n.id), n.recipient),
       n.message.subject, n.message.body, std::string(to_string(n.status)),
       format_iso(n.created_at)});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::vector<notification::Notification>> list_notifications(SqlConnection& c,
                                                                   const OutboxFilter& f) {
  auto rows =
      c.query(std::string(kNotificationColumns) +
                  "WHERE ($1 = '' OR agency_code = $1) AND ($2 = '' OR status = $2) "
                  "AND ($3 = '' OR dossier_code = $3) ORDER BY created_at, id LIMIT $4 OFFSET $5",
              {f.agency_code, f.status ? std::string(to_string(*f.status)) : std::string{},
               f.dossier_code, std::int64_t(f.limit), std::int64_t(f.offset)});
  if (!rows.ok()) return rows.error();
  std::vector<notification::Notification> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) {
    auto n = notification_from_row(c, r);
    if (!n.ok()) return n.error();
    out.push_back(std::move(*n));
  }
  return out;
}

Result<std::optional<notification::Notification>> find_notification(SqlConnection& c,
                                                                    const std::string& id) {
  auto rows = c.query(std::string(kNotificationColumns) + "WHERE id = $1", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<notification::Notification>{};
  auto n = notification_from_row(c, rows->front());
  if (!n.ok()) return n.error();
  return std::optional<notification::Notification>{std::move(*n)};
}

Status record_delivery(SqlConnection& c, const std::string& id, notification::DeliveryStatus status,
                       const std::string& error, const std::string& at_iso) {
  auto r = c.query(
      "UPDATE notifications SET status = $2, last_error = $3, updated_at = $4, "
      "attempts = attempts + 1 WHERE id = $1",
      {id, std::string(to_string(status)), error, at_iso});
  if (!r.ok()) return r.error();
  return ok_status();
}

}  // namespace motcua::store
