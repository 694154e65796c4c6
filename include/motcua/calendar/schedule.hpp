#pragma once
// Official yearly schedules (lịch nghỉ lễ, Tết announced each year by the Government Office /
// the Ministry of Home Affairs for civil servants) as data that overrides the rules of
// holidays.hpp. An admin edits them; the store keeps each document as the JSON below.
//
// {"schedules": [{
//    "id": "2026-new-year",             // unique; a later announcement with the same id
//                                       // replaces the earlier one (admin corrections)
//    "year": 2026,                      // the year whose rule days `replaces` refers to
//    "replaces": ["new_year"],          // occasions whose rule and compensation days of that
//                                       // year are dropped in favour of `days_off`
//    "source": "Công văn 12729/VPCP-KGVX …",
//    "days_off": [{"date": "2026-01-02", "name": "…"}],
//    "working_days": [{"date": "2026-01-10", "name": "…", "instead_of": "2026-01-02"}]
// }]}
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/calendar/holidays.hpp"
#include "motcua/common/result.hpp"

namespace motcua::calendar {

struct ScheduledDay {
  std::chrono::year_month_day date;
  std::string name;
  // For a working day that is normally a rest day (a swapped Saturday): the weekday whose
  // office hours apply, given as the date it stands in for. Empty: Monday's hours.
  std::optional<std::chrono::year_month_day> instead_of;
  bool operator==(const ScheduledDay&) const = default;
};

struct YearSchedule {
  std::string id;
  int year = 0;
  std::vector<Occasion> replaces;
  std::string source;
  std::vector<ScheduledDay> days_off;
  std::vector<ScheduledDay> working_days;
  bool operator==(const YearSchedule&) const = default;
};

struct ScheduleDocument {
  std::vector<YearSchedule> schedules;
  bool operator==(const ScheduleDocument&) const = default;
};

// Invalid (with the offending field) on malformed JSON, unknown occasions, bad dates, a
// missing id, or a date both off and working in one schedule.
// parse_schedule_document(schedule_document_to_json(d)) == d for every valid d.
Result<ScheduleDocument> parse_schedule_document(std::string_view json);
std::string schedule_document_to_json(const ScheduleDocument& document);

// One schedule object on its own (an admin's edit), fields named without a prefix ("id",
// "days_off[2].date"; "body" when the text is not a JSON object).
// parse_year_schedule(year_schedule_to_json(s)) == s for every valid s.
Result<YearSchedule> parse_year_schedule(std::string_view json);
std::string year_schedule_to_json(const YearSchedule& schedule);

// The schedules shipped with the program (data/embed/calendar/schedules.json).
Result<ScheduleDocument> embedded_schedules();

}  // namespace motcua::calendar
