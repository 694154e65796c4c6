// `motcua calendar holidays|due`: the working calendar from the command line, on the rules and
// the schedules shipped with the program.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "motcua/app/commands.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/time.hpp"

namespace motcua::app {
namespace {

using namespace motcua::calendar;

std::string iso_date(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string weekday_name(std::chrono::year_month_day d) {
  static constexpr const char* kNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return kNames[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

const WorkingCalendar& calendar_for(bool hours_policy) {
  if (!hours_policy) return WorkingCalendar::standard();
  static const WorkingCalendar with_policy = [] {
    auto made = WorkingCalendar::make(OfficeHours::standard(), {}, CalendarPolicy{true});
    if (!made.ok()) throw CLI::RuntimeError(made.error().message, 1);
    return std::move(*made);
  }();
  return with_policy;
}

void print_holidays(int year, bool as_json) {
  const auto& cal = WorkingCalendar::standard();
  const auto off = cal.days_off(year);
  const auto worked = cal.extra_working_days(year);
  if (as_json) {
    nlohmann::ordered_json doc{{"year", year}};
    auto& list = doc["days_off"] = nlohmann::ordered_json::array();
    for (const auto& d : off) {
      list.push_back({{"date", iso_date(d.date)},
                      {"weekday", weekday_name(d.date)},
                      {"name", d.name},
                      {"reason", std::string(to_string(d.reason))},
                      {"occasion", d.occasion ? std::string(to_string(*d.occasion)) : ""},
                      {"source", d.source}});
    }
    auto& extra = doc["working_days"] = nlohmann::ordered_json::array();
    for (const auto& d : worked) {
      extra.push_back({{"date", iso_date(d.date)},
                       {"weekday", weekday_name(d.date)},
                       {"name", d.name},
                       {"source", d.source}});
    }
    std::cout << doc.dump(2) << "\n";
    return;
  }
  for (const auto& d : off) {
    std::cout << iso_date(d.date) << "  " << weekday_name(d.date) << "  off      "
              << to_string(d.reason) << "  " << d.name << "  (" << d.source << ")\n";
  }
  for (const auto& d : worked) {
    std::cout << iso_date(d.date) << "  " << weekday_name(d.date) << "  working  schedule  "
              << d.name << "  (" << d.source << ")\n";
  }
}

}  // namespace

void add_calendar_commands(CLI::App& root) {
  auto* calendar = root.add_subcommand("calendar", "Working calendar: days off and due times");
  calendar->require_subcommand(1);

  struct HolidayOptions {
    int year = 0;
    bool json = false;
  };
  auto h = std::make_shared<HolidayOptions>();
  auto* holidays = calendar->add_subcommand("holidays", "List every day off of a year");
  holidays->add_option("--year", h->year, "Gregorian year")
      ->required()
      ->check(CLI::Range(kCalendarFirstYear, kCalendarLastYear));
  holidays->add_flag("--json", h->json, "JSON output");
  holidays->callback([h] { print_holidays(h->year, h->json); });

  struct DueOptions {
    std::string from;
    std::optional<double> working_days, working_hours, calendar_days, calendar_months;
    std::string agency;
    bool hours_policy = false;
  };
  auto o = std::make_shared<DueOptions>();
  auto* due = calendar->add_subcommand("due", "Print the due time of a processing time limit");
  due->add_option("--from", o->from, "Received time, ISO-8601 (e.g. 2026-02-13T09:00:00+07:00)")
      ->required();
  auto* wd = due->add_option("--working-days", o->working_days, "Limit in working days");
  auto* wh = due->add_option("--working-hours", o->working_hours, "Limit in working hours");
  auto* cd = due->add_option("--calendar-days", o->calendar_days, "Limit in calendar days");
  auto* cm = due->add_option("--calendar-months", o->calendar_months, "Limit in months");
  wd->excludes(wh, cd, cm);
  wh->excludes(cd, cm);
  cd->excludes(cm);
  due->add_option("--agency", o->agency,
                  "Agency code (its own office hours need the database; standard hours here)");
  due->add_flag("--day-limits-as-hours", o->hours_policy,
                "Count working days as N x 8 working hours from receipt (deployment policy)");
  due->callback([o] {
    const auto start = parse_iso(o->from);
    if (!start) throw CLI::ValidationError("--from", "not an ISO-8601 time: " + o->from);
    ProcessingTime limit;
    if (o->working_days) {
      limit = {*o->working_days, TimeUnit::working_days};
    } else if (o->working_hours) {
      limit = {*o->working_hours, TimeUnit::working_hours};
    } else if (o->calendar_days) {
      limit = {*o->calendar_days, TimeUnit::calendar_days};
    } else if (o->calendar_months) {
      limit = {*o->calendar_months, TimeUnit::calendar_months};
    } else {
      throw CLI::ValidationError("limit",
                                 "one of --working-days, --working-hours, --calendar-days");
    }
    if (limit.amount < 0) throw CLI::ValidationError("limit", "must not be negative");
    std::cout << format_iso(calendar_for(o->hours_policy).due_at(*start, limit)) << "\n";
  });
}

}  // namespace motcua::app
