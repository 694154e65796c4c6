#pragma once
// Each agency's working calendar (rules + shipped schedules + admin-edited schedules + its
// office hours and day-limit policy, inherited from its parent agencies), cached, and the
// admin's edits of those inputs.
//
// Caching: calendars are built once per distinct (office hours, policy) and shared by every
// agency that has them, so their per-year tables are computed once. Every edit appends a row
// to calendar_edits, whose count is the calendar revision; each look-up reads it (one indexed
// count on a reader connection) and drops the cache when it moved, so an edit made on another
// node or with the CLI takes effect for the next reception without a restart.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/service/calendar_lookup.hpp"
#include "motcua/store/calendar_repository.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

// Who asks: a logged-in user, checked against the rules below, or the operator running the
// CLI on the database file (not checked: whoever holds the file can change it anyway).
struct CalendarActor {
  std::string name;                // recorded in calendar_edits
  std::optional<auth::User> user;  // empty: the command-line operator
  static CalendarActor of(const auth::User& u) { return CalendarActor{u.username, u}; }
  static CalendarActor command_line(std::string name) {
    return CalendarActor{std::move(name), std::nullopt};
  }
};

// A schedule as the admin sees it: the one in force for its id, and where it comes from.
struct ScheduleEntry {
  calendar::YearSchedule schedule;
  bool stored = false;   // edited by an admin (in the database)
  bool shipped = false;  // the program ships a schedule with this id (a stored one replaces it)
  int version = 0;       // of the stored one; 0 when only shipped
  std::string updated_by;
  std::optional<TimePoint> updated_at;
};

// An agency's calendar settings: its own and the effective ones after inheritance.
struct AgencyCalendarSettings {
  std::string agency;
  std::optional<calendar::OfficeHours> own_office_hours;  // empty: inherited
  std::optional<bool> own_day_limits_as_hours;            // empty: inherited
  calendar::OfficeHours office_hours;                     // in force
  std::string office_hours_from;    // the agency whose hours are in force; "" = the default
  calendar::CalendarPolicy policy;  // in force
  std::string policy_from;          // "" = the deployment default
};

// What an admin sends to change an agency's settings; an empty member means "inherit".
struct AgencySettingsUpdate {
  std::optional<calendar::OfficeHours> office_hours;
  std::optional<bool> day_limits_as_hours;
};

class CalendarService {
 public:
  // default_policy: the deployment's policy for agencies none of whose ancestors sets one.
  CalendarService(store::Database& db, const Clock& clock,
                  calendar::CalendarPolicy default_policy = {});

  // The calendar of the agency `code`, never null: its own settings, else the nearest
  // ancestor's, else the deployment's defaults; an agency unknown to the database works by the
  // defaults too. A database failure is an error (the caller's action fails), never a
  // calendar built from less than the stored settings.
  Result<CalendarPtr> for_agency(const std::string& code);
  // As for_agency, but not_found (field "agency") for an unknown agency. An empty code gives
  // the default office hours.
  Result<CalendarPtr> calendar_of(const std::string& code);

  // --- schedules: an admin of a province-level agency or of the service centre -----------
  Result<std::vector<ScheduleEntry>> list_schedules(const CalendarActor& actor);
  Result<ScheduleEntry> get_schedule(const CalendarActor& actor, const std::string& id);
  // `body` is one schedule object; its "id" must equal `id` (field "id"), its year lie in
  // 1900–2100 and its dates within a year of it.
  Result<ScheduleEntry> put_schedule(const CalendarActor& actor, const std::string& id,
                                     std::string_view body);
  // Removes an admin-edited schedule (a shipped one of the same id applies again). A schedule
  // that is only shipped cannot be deleted (conflict): put an empty one with its id instead.
  Status delete_schedule(const CalendarActor& actor, const std::string& id);
  // A page of the schedule's edits, oldest first.
  Result<std::vector<store::CalendarEdit>> schedule_history(const CalendarActor& actor,
                                                            const std::string& id,
                                                            int limit = kHistoryPage,
                                                            int offset = 0);

  // --- office hours: an admin of that agency or of one of its ancestors --------------------
  Result<AgencyCalendarSettings> agency_settings(const CalendarActor& actor,
                                                 const std::string& code);
  Result<AgencyCalendarSettings> set_agency_settings(const CalendarActor& actor,
                                                     const std::string& code,
                                                     const AgencySettingsUpdate& update);
  // Every edit of the agency's own settings, oldest first.
  Result<std::vector<store::CalendarEdit>> agency_settings_history(const CalendarActor& actor,
                                                                   const std::string& code,
                                                                   int limit = kHistoryPage,
                                                                   int offset = 0);
  // The longest page of history one call returns.
  static constexpr int kHistoryPage = 1000;

 private:
  struct Cache;
  Result<std::shared_ptr<Cache>> current_cache(store::SqlConnection& c);
  Status may_edit_schedules(store::SqlConnection& c, const CalendarActor& actor);
  Status may_edit_agency(store::SqlConnection& c, const CalendarActor& actor,
                         const std::string& code);
  Result<AgencyCalendarSettings> resolve(store::SqlConnection& c, const std::string& code);
  Result<CalendarPtr> build(store::SqlConnection& c, const std::string& code);

  store::Database& db_;
  const Clock& clock_;
  calendar::CalendarPolicy default_policy_;
  calendar::ScheduleDocument shipped_;
  std::mutex mutex_;
  std::shared_ptr<Cache> cache_;  // guarded by mutex_; replaced whole when the revision moves
};

}  // namespace motcua::service
