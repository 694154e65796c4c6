#pragma once
// Office hours of an agency: for each weekday, the intervals in which its desk is open.
// Default (Decision 188/1999/QĐ-TTg, 40 hours over 5 days): Monday to Friday 07:30–11:30 and
// 13:00–17:00. Some centres add Saturday mornings; those receive dossiers but are not working
// time: the working calendar counts Monday to Friday only (WorkingCalendar, issue 10).
#include <array>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/common/result.hpp"

namespace motcua::calendar {

// A half-open interval [begin, end) of local (UTC+7) time of day.
struct OfficeInterval {
  std::chrono::minutes begin{0};
  std::chrono::minutes end{0};
  bool operator==(const OfficeInterval&) const = default;
};

class OfficeHours {
 public:
  // Closed every day; fill with set().
  OfficeHours() = default;

  // Monday to Friday 07:30–11:30 and 13:00–17:00.
  static OfficeHours standard();

  // Replaces one weekday's intervals. Invalid unless they are sorted, non-empty, do not
  // overlap or touch, and lie within 00:00–24:00. An empty list closes the day.
  Status set(std::chrono::weekday day, std::vector<OfficeInterval> intervals);

  const std::vector<OfficeInterval>& on(std::chrono::weekday day) const {
    return days_[day.c_encoding()];
  }
  bool is_open_on(std::chrono::weekday day) const { return !on(day).empty(); }

  bool operator==(const OfficeHours&) const = default;

 private:
  std::array<std::vector<OfficeInterval>, 7> days_{};  // indexed by weekday::c_encoding()
};

// JSON form, weekday names in English, closed days omitted:
//   {"monday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "17:00"}], …}
// parse(serialise(h)) == h.
Result<OfficeHours> parse_office_hours_json(std::string_view json);
std::string office_hours_to_json(const OfficeHours& hours);

}  // namespace motcua::calendar
