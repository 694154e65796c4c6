// CalendarService: building and caching each agency's WorkingCalendar.
#include "motcua/service/calendar_service.hpp"

#include <stdexcept>

#include "motcua/common/log.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

using calendar::WorkingCalendar;

namespace {
Error unknown_agency(const std::string& code) {
  return make_error(ErrorCode::not_found, "agency.not_found", "unknown agency " + code,
                    "không có cơ quan mã " + code, "agency");
}
}  // namespace

struct CalendarService::Cache {
  std::int64_t revision = -1;
  std::vector<calendar::ScheduleDocument> documents;  // shipped first, then the stored ones
  std::map<std::string, CalendarPtr> by_agency;
  std::map<std::string, CalendarPtr> by_settings;  // office hours JSON + policy → calendar
};

CalendarService::CalendarService(store::Database& db, const Clock& clock,
                                 calendar::CalendarPolicy default_policy)
    : db_(db), clock_(clock), default_policy_(default_policy) {
  auto shipped = calendar::embedded_schedules();
  // The embedded file is checked by the unit tests; a broken build must not start serving
  // wrong due times.
  if (!shipped.ok())
    throw std::logic_error("embedded calendar schedules do not parse: " + shipped.error().message);
  shipped_ = std::move(*shipped);
}

Result<std::shared_ptr<CalendarService::Cache>> CalendarService::current_cache(
    store::SqlConnection& c) {
  // The revision is read before the schedules: an edit landing in between is then seen again
  // as a newer revision on the next look-up, never lost.
  auto revision = store::calendar_revision(c);
  if (!revision.ok()) return revision.error();
  {
    std::lock_guard lock(mutex_);
    if (cache_ && cache_->revision >= *revision) return cache_;
  }
  auto stored = store::all_schedules(c);
  if (!stored.ok()) return stored.error();
  auto next = std::make_shared<Cache>();
  next->revision = *revision;
  calendar::ScheduleDocument edited;
  for (const auto& row : *stored) {
    // Bodies were validated when written; one that no longer parses (a newer program's
    // format) is left out rather than stopping every reception.
    auto schedule = calendar::parse_year_schedule(row.body);
    if (!schedule.ok()) {
      log::warn(
          "stored calendar schedule left out",
          {{"schedule", row.id}, {"version", row.version}, {"error", schedule.error().message}});
      continue;
    }
    edited.schedules.push_back(std::move(*schedule));
  }
  next->documents = {shipped_, std::move(edited)};
  std::lock_guard lock(mutex_);
  if (!cache_ || cache_->revision < next->revision) cache_ = std::move(next);
  return cache_;
}

Result<AgencyCalendarSettings> CalendarService::resolve(store::SqlConnection& c,
                                                        const std::string& code) {
  AgencyCalendarSettings s;
  s.agency = code;
  s.office_hours = calendar::OfficeHours::standard();
  s.policy = default_policy_;
  bool hours_found = false;
  bool policy_found = false;
  if (code.empty()) return s;  // the deployment's defaults
  auto chain = store::agency_ancestors(c, code);
  if (!chain.ok()) return chain.error();
  if (chain->empty()) return unknown_agency(code);
  // The nearest agency that sets a value gives it; above the root the defaults apply.
  for (size_t depth = 0; depth < chain->size() && !(hours_found && policy_found); ++depth) {
    const std::string& at = (*chain)[depth].code;
    auto row = store::find_agency_calendar(c, at);
    if (!row.ok()) return row.error();
    if (!row->has_value()) continue;  // removed since the walk: it sets nothing
    const auto& r = **row;
    if (r.office_hours) {
      // Stored hours were validated when written; ones that no longer parse are broken data.
      auto hours = calendar::parse_office_hours_json(*r.office_hours);
      if (!hours.ok())
        return make_error(
            ErrorCode::internal, "calendar.stored_invalid",
            "stored office hours of " + at + " do not parse: " + hours.error().message,
            "giờ làm việc đã lưu của " + at + " không đọc được");
      if (depth == 0) s.own_office_hours = *hours;
      if (!hours_found) {
        s.office_hours = std::move(*hours);
        s.office_hours_from = at;
        hours_found = true;
      }
    }
    if (r.day_limits_as_hours) {
      if (depth == 0) s.own_day_limits_as_hours = *r.day_limits_as_hours;
      if (!policy_found) {
        s.policy.day_limits_as_hours = *r.day_limits_as_hours;
        s.policy_from = at;
        policy_found = true;
      }
    }
  }
  return s;
}

Result<CalendarPtr> CalendarService::build(store::SqlConnection& c, const std::string& code) {
  auto cache = current_cache(c);
  if (!cache.ok()) return cache.error();
  Cache& k = **cache;
  {
    std::lock_guard lock(mutex_);
    if (auto it = k.by_agency.find(code); it != k.by_agency.end()) return it->second;
  }
  auto settings = resolve(c, code);
  if (!settings.ok()) return settings.error();
  const std::string key = calendar::office_hours_to_json(settings->office_hours) +
                          (settings->policy.day_limits_as_hours ? "|hours" : "|days");
  std::lock_guard lock(mutex_);
  auto& shared = k.by_settings[key];
  if (!shared)
    shared = std::make_shared<const WorkingCalendar>(settings->office_hours, k.documents,
                                                     settings->policy);
  k.by_agency[code] = shared;
  return shared;
}

Result<CalendarPtr> CalendarService::calendar_of(const std::string& code) {
  return db_.read<CalendarPtr>([&](store::SqlConnection& c) { return build(c, code); });
}

Result<CalendarPtr> CalendarService::for_agency(const std::string& code) {
  auto made = calendar_of(code);
  // Only an agency the database does not know falls back; a failed read stays a failure.
  if (!made.ok() && made.error().code == ErrorCode::not_found) return calendar_of("");
  return made;
}

}  // namespace motcua::service
