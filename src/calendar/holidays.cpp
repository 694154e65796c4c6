#include "motcua/calendar/holidays.hpp"

#include <algorithm>
#include <array>

#include "motcua/calendar/lunar.hpp"

namespace motcua::calendar {
namespace {

using namespace std::chrono;

constexpr std::string_view kArt112 = "Bộ luật Lao động 2019, Điều 112(1)";
constexpr std::string_view kArt111 = "Bộ luật Lao động 2019, Điều 111(3)";

constexpr std::array<std::pair<Occasion, std::string_view>, 6> kOccasionNames = {{
    {Occasion::new_year, "new_year"},
    {Occasion::tet, "tet"},
    {Occasion::hung_kings, "hung_kings"},
    {Occasion::reunification, "reunification"},
    {Occasion::labour_day, "labour_day"},
    {Occasion::national_day, "national_day"},
}};

bool is_weekly_rest_day(year_month_day date) {
  const weekday wd{sys_days{date}};
  return wd == Saturday || wd == Sunday;
}

void add(std::vector<DayOff>& out, year_month_day date, std::string name, Occasion occasion) {
  out.push_back(DayOff{date, std::move(name), DayOffReason::rule, occasion, std::string(kArt112)});
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
    // Art. 112(1)(b): 5 days; motcua default = last day of the old year + first 4 days.
    for (int i = -1; i <= 3; ++i) {
      add(out, year_month_day{sys_days{*tet} + days{i}}, "Tết Nguyên đán", Occasion::tet);
    }
  }
  if (auto hung = from_lunar(LunarDate{y, 3, 10, false}); hung.ok()) {
    add(out, *hung, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Occasion::hung_kings);
  }
  add(out, yr / April / 30d, "Ngày Chiến thắng (30/4)", Occasion::reunification);
  add(out, yr / May / 1d, "Ngày Quốc tế lao động (1/5)", Occasion::labour_day);
  const year_month_day national{yr / September / 2d};
  add(out, national, "Quốc khánh (2/9)", Occasion::national_day);
  // Art. 112(1)(đ): one day adjacent to 2 September; motcua default keeps a long weekend.
  const bool tuesday = weekday{sys_days{national}} == Tuesday;
  add(out, tuesday ? yr / September / 1d : yr / September / 3d, "Quốc khánh (ngày liền kề)",
      Occasion::national_day);
  std::sort(out.begin(), out.end(),
            [](const DayOff& a, const DayOff& b) { return sys_days{a.date} < sys_days{b.date}; });

  // Art. 111(3): a holiday on a weekly rest day moves to the next working day, which must be
  // neither a rest day, a holiday, nor a compensation day already given.
  std::vector<DayOff> compensation;
  auto taken = [&](sys_days d) {
    const year_month_day ymd{d};
    auto same = [&](const DayOff& o) { return o.date == ymd; };
    return is_weekly_rest_day(ymd) || std::any_of(out.begin(), out.end(), same) ||
           std::any_of(compensation.begin(), compensation.end(), same);
  };
  for (const auto& holiday : out) {
    if (!is_weekly_rest_day(holiday.date)) continue;
    sys_days d = sys_days{holiday.date} + std::chrono::days{1};
    while (taken(d)) d += std::chrono::days{1};
    compensation.push_back(DayOff{year_month_day{d}, "Nghỉ bù " + holiday.name,
                                  DayOffReason::compensation, holiday.occasion,
                                  std::string(kArt111)});
  }
  out.insert(out.end(), compensation.begin(), compensation.end());
  std::sort(out.begin(), out.end(),
            [](const DayOff& a, const DayOff& b) { return sys_days{a.date} < sys_days{b.date}; });
  return out;
}

}  // namespace motcua::calendar
