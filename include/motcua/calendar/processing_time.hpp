#pragma once
// A statutory time limit as the catalogue states it: an amount and its unit.
#include <string_view>

namespace motcua::calendar {

enum class TimeUnit { working_days, working_hours, calendar_days, calendar_months };

struct ProcessingTime {
  // Amount in the unit; fractional amounts exist in the catalogue ("0,5 ngày làm việc").
  double amount = 0;
  TimeUnit unit = TimeUnit::working_days;
  bool operator==(const ProcessingTime&) const = default;
};

// Stable names used in JSON and the database: "working_days", "working_hours", …
std::string_view to_string(TimeUnit unit);
// Inverse of to_string; false when the name is unknown.
bool parse_time_unit(std::string_view name, TimeUnit& out);

}  // namespace motcua::calendar
