#include <map>

#include "motcua/common/time.hpp"
#include "motcua/service/workflow_service.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/queue_repository.hpp"

namespace motcua::service {

Result<QueuePage> WorkflowService::queue(const auth::User& user, int limit, int offset) {
  const TimePoint now = clock_.now();
  return db_.read<QueuePage>([&](store::SqlConnection& c) -> Result<QueuePage> {
    const std::string role =
        user.role == auth::Role::admin ? std::string{} : std::string(auth::to_string(user.role));
    auto codes = store::queue_codes(c, user.agency_code, role, limit, offset);
    if (!codes.ok()) return codes.error();
    QueuePage page;
    page.limit = limit;
    page.offset = offset;
    // A queue page mostly holds one or two receiving agencies: look each calendar up once.
    std::map<std::string, std::shared_ptr<const calendar::WorkingCalendar>> calendars;
    for (const auto& code : *codes) {
      auto d = store::find_dossier(c, code);
      if (!d.ok()) return d.error();
      if (!d->has_value()) continue;
      QueueItem item;
      item.dossier = **d;
      const TimePoint due = item.dossier.step_due_at.value_or(item.dossier.due_at);
      auto& cal = calendars[item.dossier.receiving_agency];
      if (!cal) cal = calendars_(item.dossier.receiving_agency);
      const std::int64_t left = cal->working_minutes_until(now, due);
      item.remaining_minutes = left > 0 ? left : 0;
      item.overdue_minutes = left < 0 ? -left : 0;
      // Art. 19(9): from one working day before the dossier's due time the agency must act
      // (apologise and propose a new time), so the queue warns it.
      item.warning = cal->working_minutes_until(now, item.dossier.due_at) <= 8 * 60;
      page.items.push_back(std::move(item));
    }
    return page;
  });
}

Result<nlohmann::json> WorkflowService::apology_report(const auth::User& user) {
  const TimePoint now = clock_.now();
  return db_.read<nlohmann::json>([&](store::SqlConnection& c) -> Result<nlohmann::json> {
    auto rows = store::late_dossiers(c, user.agency_code, format_iso(now), 1000);
    if (!rows.ok()) return rows.error();
    nlohmann::json missing = nlohmann::json::array();
    int with_apology = 0;
    const auto cal = calendars_(user.agency_code);
    for (const auto& r : *rows) {
      if (r.apologies > 0) {
        ++with_apology;
        continue;
      }
      const auto due = parse_iso(r.due_at);
      const std::int64_t left = due ? cal->working_minutes_until(now, *due) : 0;
      missing.push_back(
          {{"code", r.code}, {"due_at", r.due_at}, {"overdue_minutes", left < 0 ? -left : 0}});
    }
    const auto late = static_cast<int>(rows->size());
    return nlohmann::json{{"agency_code", user.agency_code},
                          {"late", late},
                          {"with_apology", with_apology},
                          {"coverage", late == 0 ? 1.0 : double(with_apology) / late},
                          {"without_apology", missing}};
  });
}

}  // namespace motcua::service
