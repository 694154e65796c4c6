#include "motcua/service/notification_service.hpp"

#include <nlohmann/json.hpp>

#include "motcua/common/time.hpp"
#include "motcua/dossier/pause_reasons.hpp"
#include "motcua/render/form_text.hpp"
#include "motcua/service/admin_scope.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

namespace {

// The centre speaks in its own name; a commune or department through its one-stop desk.
Result<std::string> speaking_agency(store::SqlConnection& c, const std::string& code) {
  auto a = store::find_agency(c, code);
  if (!a.ok()) return a.error();
  if (!a->has_value()) return std::string("Bộ phận Một cửa");
  if ((*a)->kind == catalog::AgencyKind::centre) return (*a)->name;
  return "Bộ phận Một cửa " + render::unit_in_sentence((*a)->name);
}

Error notification_not_found(const std::string& id) {
  return make_error(ErrorCode::not_found, "notification.not_found", "no notification " + id,
                    "không có thông báo " + id);
}

}  // namespace

Status queue_notifications(store::SqlConnection& c, const dossier::Dossier& d,
                           const dossier::DossierEvent& event,
                           const dossier::EventDetails& details) {
  const auto kind = notification::kind_for_event(event.kind);
  if (!kind) return ok_status();
  notification::MessageFacts f;
  f.dossier_code = d.code;
  f.applicant_name = d.applicant.full_name;
  f.procedure_name = d.procedure_name;
  auto agency = speaking_agency(c, d.receiving_agency);
  if (!agency.ok()) return agency.error();
  f.agency_name = *agency;
  f.reason = details.reason.value_or("");
  if (details.original_due_at)
    f.original_due = render::vietnamese_time_text(*details.original_due_at);
  if (details.new_due_at) f.new_due = render::vietnamese_time_text(*details.new_due_at);
  if (const auto* why =
          details.reason_code ? dossier::find_pause_reason(*details.reason_code) : nullptr)
    f.pause_reason = why->label_vi;
  f.stops_clock = details.stops_clock.value_or(false);
  f.due = render::vietnamese_time_text(d.due_at);
  for (const auto& i : details.items) {
    std::string line = i.content;
    if (!i.reason.empty()) line += " (" + i.reason + ")";
    if (!line.empty()) f.items.push_back(std::move(line));
  }
  for (auto& n : notification::notifications_for(*kind, f, d.applicant.phone, d.applicant.email)) {
    n.id = std::to_string(event.seq) + "-" + std::string(to_string(n.channel));
    n.agency_code = d.receiving_agency;
    n.event_seq = event.seq;
    n.created_at = event.at;
    MOTCUA_TRY(store::insert_notification(c, n));
  }
  return ok_status();
}

Result<std::vector<notification::Notification>> NotificationService::outbox(
    const auth::User& user, store::OutboxFilter filter) {
  if (user.role == auth::Role::specialist || user.role == auth::Role::leader)
    return make_error(ErrorCode::forbidden, "notification.forbidden",
                      "the outbox is kept by the one-stop desk and the administrators",
                      "hộp thư đi do Bộ phận Một cửa và quản trị viên quản lý");
  // Applicants' phone numbers and addresses: each agency sees its own outbox, and only an
  // admin of the province or the centre (where a delivery gateway is connected) sees all.
  return db_.read<std::vector<notification::Notification>>(
      [&](store::SqlConnection& c) -> Result<std::vector<notification::Notification>> {
        auto everywhere = is_province_admin(c, user);
        if (!everywhere.ok()) return everywhere.error();
        if (!*everywhere) filter.agency_code = user.agency_code;
        return store::list_notifications(c, filter);
      });
}

Result<notification::Notification> NotificationService::record_delivery(
    const auth::User& user, const std::string& id, const std::string& status_text,
    const std::string& error) {
  if (user.role != auth::Role::admin && user.role != auth::Role::receiver)
    return make_error(ErrorCode::forbidden, "notification.forbidden",
                      "only the desk or an administrator records deliveries",
                      "chỉ Bộ phận Một cửa hoặc quản trị viên ghi nhận việc gửi thông báo");
  notification::DeliveryStatus status = notification::DeliveryStatus::queued;
  if (!notification::parse_delivery_status(status_text, status) ||
      status == notification::DeliveryStatus::queued)
    return make_error(ErrorCode::invalid, "notification.status", "status must be sent or failed",
                      "trạng thái phải là sent (đã gửi) hoặc failed (gửi lỗi)", "status");
  const std::string at = format_iso(clock_.now());
  return db_.write_returning<notification::Notification>(
      [&](store::SqlConnection& c) -> Result<notification::Notification> {
        auto found = store::find_notification(c, id);
        if (!found.ok()) return found.error();
        if (!found->has_value()) return notification_not_found(id);
        auto everywhere = is_province_admin(c, user);
        if (!everywhere.ok()) return everywhere.error();
        if (!*everywhere && (*found)->agency_code != user.agency_code)
          return notification_not_found(id);
        if ((*found)->status == notification::DeliveryStatus::sent)
          return make_error(ErrorCode::conflict, "notification.already_sent",
                            "the notification was already sent", "thông báo đã được gửi", "status");
        MOTCUA_TRY(store::record_delivery(c, id, status, error, at));
        auto updated = store::find_notification(c, id);
        if (!updated.ok()) return updated.error();
        return **updated;
      });
}

Result<std::vector<notification::Notification>> NotificationService::for_dossier(
    const std::string& code) {
  return db_.read<std::vector<notification::Notification>>(
      [&](store::SqlConnection& c) -> Result<std::vector<notification::Notification>> {
        store::OutboxFilter f;
        f.dossier_code = code;
        f.limit = 100;
        auto all = store::list_notifications(c, f);
        if (!all.ok()) return all;
        std::vector<notification::Notification> out;
        for (auto& n : *all)
          if (n.channel == notification::Channel::sms) out.push_back(std::move(n));
        return out;
      });
}

}  // namespace motcua::service
