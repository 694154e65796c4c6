#include "motcua/calendar/processing_time.hpp"

namespace motcua::calendar {

std::string_view to_string(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::working_days:
      return "working_days";
    case TimeUnit::working_hours:
      return "working_hours";
    case TimeUnit::calendar_days:
      return "calendar_days";
    case TimeUnit::calendar_months:
      return "calendar_months";
  }
  return "working_days";
}

bool parse_time_unit(std::string_view name, TimeUnit& out) {
  for (auto u : {TimeUnit::working_days, TimeUnit::working_hours, TimeUnit::calendar_days,
                 TimeUnit::calendar_months}) {
    if (to_string(u) == name) {
      out = u;
      return true;
    }
  }
  return false;
}

}  // namespace motcua::calendar
