#include "motcua/calendar/holidays.hpp"

#include <algorithm>
#include <array>

#include "motcua/calendar/lunar.hpp"

namespace motcua::calendar {
namespace {

using namespace std::chrono;

// The statutes that fixed the public holidays, each from the day it took effect. A holiday is
// judged by the statute in force on its own date (DOMAIN.md §3: judge by the rules in force
// then), so Tết 2013 (10 February) still has the four days of the 1994 Code although the 2012
// Code took effect that year.
struct HolidayLaw {
  year_month_day effective_from;
  int tet_days;           // Tết Nguyên đán
  int national_day_days;  // 2 September, plus one adjacent day when 2
  bool hung_kings;        // 10th day of the 3rd lunar month
  bool culture_day;       // 24 November
  std::string_view holidays_source;
  std::string_view compensation_source;  // the next working day after one on a rest day
};

constexpr HolidayLaw kLaws[] = {
    // Labor Code 1994 (Bộ luật Lao động 1994, in force 1 January 1995), Art. 73: 1 January,
    // Tết 4 days, 30 April, 1 May, 2 September; a holiday on the weekly rest day is given on
    // the next day. Earlier regulations are not modelled: years before 1995 get these rules.
    {year{1900} / January / 1d, 4, 1, false, false, "Bộ luật Lao động 1994, Điều 73",
     "Bộ luật Lao động 1994, Điều 73"},
    // Law 84/2007/QH11 amended Art. 73 to add Hùng Kings' day, first given on 26 April 2007.
    {year{2007} / January / 1d, 4, 1, true, false,
     "Bộ luật Lao động 1994, Điều 73 (sửa đổi bởi Luật 84/2007/QH11)",
     "Bộ luật Lao động 1994, Điều 73"},
    // Labor Code 2012 (10/2012/QH13), in force 1 May 2013, Art. 115(1): Tết 5 days (Decree
    // 45/2013/NĐ-CP Art. 8 lets the employer place them), National Day one day; Art. 115(3):
    // the compensation day.
    {year{2013} / May / 1d, 5, 1, true, false, "Bộ luật Lao động 2012, Điều 115(1)",
     "Bộ luật Lao động 2012, Điều 115(3)"},
    // Labor Code 2019 (45/2019/QH14), in force 1 January 2021, Art. 112(1): National Day 2
    // September and one adjacent day; Art. 111(3): the compensation day.
    {year{2021} / January / 1d, 5, 2, true, false, "Bộ luật Lao động 2019, Điều 112(1)",
     "Bộ luật Lao động 2019, Điều 111(3)"},
    // National Assembly Resolution 28/2026/QH16 on developing Vietnamese culture, in force 1 July
    // 2026, Art. 2: 24 November each year is Vietnam Culture Day, a day off with full pay (the
    // Politburo's Resolution 80-NQ/TW of 7 January 2026 chose the day).
    {year{2026} / July / 1d, 5, 2, true, true, "Bộ luật Lao động 2019, Điều 112(1)",
     "Bộ luật Lao động 2019, Điều 111(3)"},
};

constexpr std::string_view kCultureDaySource =
    "Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam, Điều 2 (từ 01/7/2026)";

const HolidayLaw& law_on(year_month_day date) {
  const HolidayLaw* in_force = &kLaws[0];
  for (const auto& law : kLaws)
    if (sys_days{law.effective_from} <= sys_days{date}) in_force = &law;
  return *in_force;
}

constexpr std::array<std::pair<Occasion, std::string_view>, 7> kOccasionNames = {{
    {Occasion::new_year, "new_year"},
    {Occasion::tet, "tet"},
    {Occasion::hung_kings, "hung_kings"},
    {Occasion::reunification, "reunification"},
    {Occasion::labour_day, "labour_day"},
    {Occasion::national_day, "national_day"},
    {Occasion::culture_day, "culture_day"},
}};

bool is_weekly_rest_day(year_month_day date) {
  const weekday wd{sys_days{date}};
  return wd == Saturday || wd == Sunday;
}

void add(std::vector<DayOff>& out, year_month_day date, std::string name, Occasion occasion,
         std::string_view source = {}) {
  out.push_back(DayOff{date, std::move(name), DayOffReason::rule, occasion,
                       std::string(source.empty() ? law_on(date).holidays_source : source)});
}

}  // namespace

std::string_view to_string(Occasion occasion) {
  for (const auto& [o, name] : kOccasionNames) {
    if (o == occasion) return name;
  }
  return "new_year";
}

std::optional<Occasion> parse_occasion(std::string_view name) {
  for (const auto& [o, n] : kOccasionNames) {
    if (n == name) return o;
  }
  return std::nullopt;
}

std::string_view to_string(DayOffReason reason) {
  switch (reason) {
    case DayOffReason::rule:
      return "rule";
    case DayOffReason::compensation:
      return "compensation";
    case DayOffReason::schedule:
      return "schedule";
  }
  return "rule";
}

std::vector<DayOff> statutory_days_off(int y) {
  const year yr{y};
  std::vector<DayOff> out;
  add(out, yr / January / 1d, "Tết Dương lịch", Occasion::new_year);
  if (auto tet = lunar_new_year(y); tet.ok()) {
    // 5 days (4 before the 2012 Code); motcua default: the last day of the old year and the
    // first days of the new one.
    const int count = law_on(*tet).tet_days;
    for (int i = -1; i <= count - 2; ++i) {
      add(out, year_month_day{sys_days{*tet} + days{i}}, "Tết Nguyên đán", Occasion::tet);
    }
  }
  if (auto hung = from_lunar(LunarDate{y, 3, 10, false}); hung.ok() && law_on(*hung).hung_kings) {
    add(out, *hung, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Occasion::hung_kings);
  }
  add(out, yr / April / 30d, "Ngày Chiến thắng (30/4)", Occasion::reunification);
  add(out, yr / May / 1d, "Ngày Quốc tế lao động (1/5)", Occasion::labour_day);
  const year_month_day national{yr / September / 2d};
  add(out, national, "Quốc khánh (2/9)", Occasion::national_day);
  if (law_on(national).national_day_days == 2) {
    // 2019 Code Art. 112(1)(đ): one day adjacent to 2 September; motcua default keeps a long
    // weekend.
    const bool tuesday = weekday{sys_days{national}} == Tuesday;
    add(out, tuesday ? yr / September / 1d : yr / September / 3d, "Quốc khánh (ngày liền kề)",
        Occasion::national_day);
  }
  const year_month_day culture{yr / November / 24d};
  if (law_on(culture).culture_day)
    add(out, culture, "Ngày Văn hóa Việt Nam (24/11)", Occasion::culture_day, kCultureDaySource);
  std::sort(out.begin(), out.end(),
            [](const DayOff& a, const DayOff& b) { return sys_days{a.date} < sys_days{b.date}; });

  // A holiday on a weekly rest day moves to the next working day (every version of the Code),
  // which must be neither a rest day, a holiday, nor a compensation day already given.
  std::vector<DayOff> compensation;
  auto taken = [&](sys_days d) {
    const year_month_day ymd{d};
    auto same = [&](const DayOff& o) { return o.date == ymd; };
    return is_weekly_rest_day(ymd) || std::any_of(out.begin(), out.end(), same) ||
           std::any_of(compensation.begin(), compensation.end(), same);
  };
  for (const auto& holiday : out) {
    if (!is_weekly_rest_day(holiday.date)) continue;
    // Art. 111(3) gives the next working day for the holidays of Art. 112(1) only; Culture Day
    // is not among them (the Code's amendment is pending), so one on a weekend is not moved.
    if (holiday.occasion == Occasion::culture_day) continue;
    sys_days d = sys_days{holiday.date} + std::chrono::days{1};
    while (taken(d)) d += std::chrono::days{1};
    compensation.push_back(DayOff{year_month_day{d}, "Nghỉ bù " + holiday.name,
                                  DayOffReason::compensation, holiday.occasion,
                                  std::string(law_on(holiday.date).compensation_source)});
  }
  out.insert(out.end(), compensation.begin(), compensation.end());
  std::sort(out.begin(), out.end(),
            [](const DayOff& a, const DayOff& b) { return sys_days{a.date} < sys_days{b.date}; });
  return out;
}

}  // namespace motcua::calendar
