#pragma once
// Calendar data an admin edits: official yearly schedules, agencies' office hours and
// day-limit policy, and the append-only history of every such edit (calendar_edits).
// Each writing function appends its history row in the caller's transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

struct StoredSchedule {
  std::string id;
  int year = 0;
  std::string body;  // one YearSchedule object, schedule JSON format
  int version = 0;
  std::string updated_by;
  TimePoint updated_at{};
};

// One row of calendar_edits.
struct CalendarEdit {
  std::string subject;     // "schedule" or "office_hours"
  std::string subject_id;  // schedule id or agency code
  int version = 0;
  std::string action;  // "put" or "delete"
  std::optional<std::string> old_body;
  std::optional<std::string> new_body;
  std::string edited_by;
  TimePoint edited_at{};
};

inline constexpr const char* kScheduleSubject = "schedule";
inline constexpr const char* kOfficeHoursSubject = "office_hours";

// Sorted by year, then id.
Result<std::vector<StoredSchedule>> all_schedules(SqlConnection& c);
Result<std::optional<StoredSchedule>> find_schedule(SqlConnection& c, const std::string& id);
// Creates or replaces the schedule `id` and records the edit; returns the stored row.
Result<StoredSchedule> put_schedule(SqlConnection& c, const std::string& id, int year,
                                    const std::string& body, const std::string& by, TimePoint at);
// Removes the stored schedule and records the edit; false when there was none (nothing
// recorded then).
Result<bool> delete_schedule(SqlConnection& c, const std::string& id, const std::string& by,
                             TimePoint at);

// An agency's own calendar settings (NULL columns: inherited from its parent).
struct AgencyCalendarRow {
  std::string code;
  std::string parent_code;                  // empty at the root
  std::optional<std::string> office_hours;  // office-hours JSON
  std::optional<bool> day_limits_as_hours;
};
Result<std::optional<AgencyCalendarRow>> find_agency_calendar(SqlConnection& c,
                                                              const std::string& code);
// Sets (or, with nullopt, clears) an agency's own settings and records the edit with
// bodies {"office_hours": …, "day_limits_as_hours": …}. The agency must exist.
Status set_agency_calendar(SqlConnection& c, const std::string& code,
                           const std::optional<std::string>& office_hours,
                           std::optional<bool> day_limits_as_hours, const std::string& by,
                           TimePoint at);

// A page of the history of one subject, oldest first.
Result<std::vector<CalendarEdit>> calendar_edits(SqlConnection& c, const std::string& subject,
                                                 const std::string& subject_id, int limit,
                                                 int offset);
// Grows with every edit and never shrinks (history rows are never removed): a cache built at
// revision r is current while the revision is still r, whichever node or CLI made the edit.
Result<std::int64_t> calendar_revision(SqlConnection& c);

}  // namespace motcua::store
