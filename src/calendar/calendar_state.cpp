#include "calendar_state.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace motcua::calendar::detail {
namespace {

using namespace std::chrono;

bool same_date(const DayOff& a, year_month_day d) { return a.date == d; }

DayPattern make_pattern(const std::vector<OfficeInterval>& intervals) {
  DayPattern p;
  for (const auto& i : intervals) {
    const auto begin = static_cast<std::int32_t>(duration_cast<seconds>(i.begin).count());
    const auto end = static_cast<std::int32_t>(duration_cast<seconds>(i.end).count());
    p.spans.push_back({begin, end});
    p.total += end - begin;
    p.close = end;
  }
  return p;
}

}  // namespace

CalendarState::CalendarState(OfficeHours h, const std::vector<ScheduleDocument>& documents,
                             CalendarPolicy p)
    : hours(std::move(h)), policy(p) {
  std::map<std::string, std::size_t> by_id;
  for (const auto& document : documents) {
    for (const auto& s : document.schedules) {
      if (auto it = by_id.find(s.id); it != by_id.end()) {
        schedules[it->second] = s;  // an admin's correction replaces the shipped entry
      } else {
        by_id.emplace(s.id, schedules.size());
        schedules.push_back(s);
      }
    }
  }
  // Saturday and Sunday are the weekly rest days of the state's offices (Decision
  // 188/1999/QĐ-TTg): a centre may open its desk on them to receive, but they are never
  // working time, so a day-based limit never ends on one (Civil Code 2015 Art. 148(5)) and no
  // working hour runs on one. Only an official schedule makes such a day a working day (a
  // swap), and then it works the hours of the day it stands in for.
  for (unsigned d = 0; d < 7; ++d)
    patterns[d] = weekday{d} == Saturday || weekday{d} == Sunday
                      ? make_pattern({})
                      : make_pattern(hours.on(weekday{d}));
}

std::unique_ptr<YearTable> CalendarState::build(int y) const {
  auto t = std::make_unique<YearTable>();
  t->year = y;
  const sys_days first{std::chrono::year{y} / January / 1d};
  t->first_day = first.time_since_epoch().count();
  t->length = std::chrono::year{y}.is_leap() ? 366 : 365;

  // Rules first, minus the occasions an official schedule of this year re-arranges.
  std::set<Occasion> replaced;
  for (const auto& s : schedules) {
    if (s.year == y) replaced.insert(s.replaces.begin(), s.replaces.end());
  }
  for (auto& day : statutory_days_off(y)) {
    if (day.occasion && replaced.count(*day.occasion)) continue;
    t->days_off.push_back(std::move(day));
  }
  // Then the schedules' own days (any schedule may list a date of this year).
  std::map<std::int64_t, std::uint8_t> forced;  // day index -> pattern of a worked rest day
  for (const auto& s : schedules) {
    std::optional<Occasion> occasion;
    if (s.replaces.size() == 1) occasion = s.replaces.front();
    for (const auto& d : s.days_off) {
      if (static_cast<int>(d.date.year()) != y) continue;
      std::erase_if(t->days_off, [&](const DayOff& o) { return same_date(o, d.date); });
      t->days_off.push_back(DayOff{d.date, d.name, DayOffReason::schedule, occasion, s.source});
    }
    for (const auto& d : s.working_days) {
      if (static_cast<int>(d.date.year()) != y) continue;
      // A swapped day works the hours of the day it stands in for (Monday's if unknown).
      std::uint8_t p = weekday{Monday}.c_encoding();
      if (d.instead_of) {
        const auto wd = weekday{sys_days{*d.instead_of}}.c_encoding();
        if (patterns[wd].total > 0) p = static_cast<std::uint8_t>(wd);
      }
      forced[(sys_days{d.date} - first).count()] = p;
      t->extra_working.push_back(ExtraWorkingDay{d.date, d.name, s.source});
    }
  }
  std::sort(t->days_off.begin(), t->days_off.end(),
            [](const DayOff& a, const DayOff& b) { return sys_days{a.date} < sys_days{b.date}; });
  std::sort(t->extra_working.begin(), t->extra_working.end(),
            [](const auto& a, const auto& b) { return sys_days{a.date} < sys_days{b.date}; });

  std::set<std::int64_t> off;
  for (const auto& d : t->days_off) off.insert((sys_days{d.date} - first).count());

  t->pattern.resize(t->length);
  t->cum_seconds.assign(t->length + 1, 0);
  t->working_before.assign(t->length + 1, 0);
  for (std::int32_t i = 0; i < t->length; ++i) {
    std::uint8_t p = weekday{first + days{i}}.c_encoding();
    if (auto it = forced.find(i); it != forced.end()) {
      p = it->second;
    } else if (off.count(i) || patterns[p].total == 0) {
      p = kClosed;
    }
    t->pattern[i] = p;
    const bool working = patterns[p].total > 0;
    if (working) t->working_days.push_back(i);
    t->cum_seconds[i + 1] = t->cum_seconds[i] + patterns[p].total;
    t->working_before[i + 1] = t->working_before[i] + (working ? 1 : 0);
  }
  return t;
}

}  // namespace motcua::calendar::detail
