#include "motcua/calendar/days_off_json.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace motcua::calendar {

std::string iso_date(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string weekday_abbreviation(std::chrono::year_month_day d) {
  static constexpr const char* kNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return kNames[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

std::string days_off_json(const WorkingCalendar& calendar, int year, int indent) {
  nlohmann::ordered_json doc{{"year", year}};
  auto& list = doc["days_off"] = nlohmann::ordered_json::array();
  for (const auto& d : calendar.days_off(year)) {
    list.push_back({{"date", iso_date(d.date)},
                    {"weekday", weekday_abbreviation(d.date)},
                    {"name", d.name},
                    {"reason", std::string(to_string(d.reason))},
                    {"occasion", d.occasion ? std::string(to_string(*d.occasion)) : ""},
                    {"source", d.source}});
  }
  auto& extra = doc["working_days"] = nlohmann::ordered_json::array();
  for (const auto& d : calendar.extra_working_days(year)) {
    extra.push_back({{"date", iso_date(d.date)},
                     {"weekday", weekday_abbreviation(d.date)},
                     {"name", d.name},
                     {"source", d.source}});
  }
  return doc.dump(indent);
}

}  // namespace motcua::calendar
