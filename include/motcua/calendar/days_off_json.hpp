#pragma once
// A year's days off and extra working days as JSON, the one form the CLI
// (`calendar holidays --json`) and the API (`GET /api/v1/calendar/holidays`) both give:
//   {"year": 2026,
//    "days_off": [{"date", "weekday", "name", "reason", "occasion", "source"}, …],
//    "working_days": [{"date", "weekday", "name", "source"}, …]}
// "weekday" is the English three-letter abbreviation; "occasion" is "" for an extra day.
#include <string>

#include "motcua/calendar/working_calendar.hpp"

namespace motcua::calendar {

// indent < 0: compact; otherwise pretty-printed with that many spaces.
std::string days_off_json(const WorkingCalendar& calendar, int year, int indent);

// "2026-02-13" and "Fri": the forms the listings use.
std::string iso_date(std::chrono::year_month_day date);
std::string weekday_abbreviation(std::chrono::year_month_day date);

}  // namespace motcua::calendar
