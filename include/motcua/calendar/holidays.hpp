#pragma once
// Public holidays as rules that give every year's default days off, versioned by the statute in
// force on each holiday's date: the Labor Code 2019 (45/2019/QH14) Art. 112(1) from 2021, the
// Labor Code 2012 (10/2012/QH13) Art. 115(1) from 1 May 2013, the Labor Code 1994 Art. 73
// before (with Hùng Kings' day from 2007), and the compensation day of each (2019: Art. 111(3)).
// The yearly official schedule (schedule.hpp) overrides them.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::calendar {

// The holidays of Art. 112(1), and Vietnam Culture Day (24 November, Resolution 28/2026/QH16
// Art. 2, from 1 July 2026), each of which a yearly schedule may re-arrange.
enum class Occasion {
  new_year,
  tet,
  hung_kings,
  reunification,
  labour_day,
  national_day,
  culture_day
};

// Stable names used in JSON: "new_year", "tet", "hung_kings", "reunification", "labour_day",
// "national_day", "culture_day".
std::string_view to_string(Occasion occasion);
std::optional<Occasion> parse_occasion(std::string_view name);

// Why a day is off: the statute itself, the next working day after a holiday that fell on a
// weekly rest day (Art. 111(3)), or an official yearly schedule.
enum class DayOffReason { rule, compensation, schedule };
std::string_view to_string(DayOffReason reason);

struct DayOff {
  std::chrono::year_month_day date;
  std::string name;  // Vietnamese, e.g. "Tết Nguyên đán"
  DayOffReason reason = DayOffReason::rule;
  std::optional<Occasion> occasion;  // empty for an extra day a schedule adds
  std::string source;                // legal basis or official announcement
  bool operator==(const DayOff&) const = default;
};

// The statutory days off of a Gregorian year under the rules alone, sorted by date:
// 1 January; Tết = the last day of the lunar year and the first four days of the new one (three
// before the 2012 Code: 4 days in all) as motcua's default when no schedule is entered; Hùng
// Kings' day (10th of the 3rd lunar month, from 2007); 30 April; 1 May; 2 September, and from
// 2021 one adjacent day (1 September when 2 September is a Tuesday, otherwise 3 September);
// then, for each of them on a Saturday or Sunday (the weekly rest days of state offices), the
// next working day. Each day's `source` names the article in force on it. Lunar holidays are
// omitted outside the lunar calendar's range (1900–2100).
std::vector<DayOff> statutory_days_off(int year);

}  // namespace motcua::calendar
