// `motcua calendar holidays|due`: the working calendar from the command line. Without --db:
// the rules and the schedules shipped with the program, standard office hours. With --db: also
// the admin-edited schedules stored there and the agency's office hours and policy (own or
// inherited), the same calendar reception uses. Editing commands: calendar_admin_command.cpp.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "app/calendar_cli.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/calendar/days_off_json.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/time.hpp"

namespace motcua::app {
namespace {

using namespace motcua::calendar;
using CalendarPtr = std::shared_ptr<const WorkingCalendar>;

// The calendar to answer from, and the database it may come from (kept open while used).
struct CalendarSource {
  std::unique_ptr<CalendarDb> db;
  CalendarPtr calendar;
};

CalendarSource calendar_for(const std::string& db_path, const std::string& agency,
                            bool hours_policy) {
  const CalendarPolicy policy{hours_policy};
  CalendarSource out;
  if (!db_path.empty()) {
    // --day-limits-as-hours is then the deployment default; an agency's own setting wins.
    out.db = open_calendar_db(db_path, policy);
    auto cal = out.db->calendars->calendar_of(agency);
    if (!cal.ok()) fail(cal.error());
    out.calendar = *cal;
    return out;
  }
  if (!hours_policy) {
    out.calendar = CalendarPtr(&WorkingCalendar::standard(), [](const WorkingCalendar*) {});
    return out;
  }
  auto made = WorkingCalendar::make(OfficeHours::standard(), {}, policy);
  if (!made.ok()) fail(made.error());
  out.calendar = std::make_shared<const WorkingCalendar>(std::move(*made));
  return out;
}

void print_holidays(const WorkingCalendar& cal, int year, bool as_json) {
  if (as_json) {
    std::cout << days_off_json(cal, year, 2) << "\n";
    return;
  }
  for (const auto& d : cal.days_off(year)) {
    std::cout << iso_date(d.date) << "  " << weekday_abbreviation(d.date) << "  off      "
              << to_string(d.reason) << "  " << d.name << "  (" << d.source << ")\n";
  }
  for (const auto& d : cal.extra_working_days(year)) {
    std::cout << iso_date(d.date) << "  " << weekday_abbreviation(d.date) << "  working  schedule  "
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
    std::string agency, db;
  };
  auto h = std::make_shared<HolidayOptions>();
  auto* holidays = calendar->add_subcommand("holidays", "List every day off of a year");
  holidays->add_option("--year", h->year, "Gregorian year")
      ->required()
      ->check(CLI::Range(kCalendarFirstYear, kCalendarLastYear));
  holidays->add_flag("--json", h->json, "JSON output");
  holidays->add_option("--agency", h->agency, "Agency code (with --db)");
  holidays->add_option("--db", h->db, "Database with edited schedules and office hours");
  holidays->callback([h] {
    const auto source = calendar_for(h->db, h->agency, false);
    print_holidays(*source.calendar, h->year, h->json);
  });

  struct DueOptions {
    std::string from;
    std::optional<double> working_days, working_hours, calendar_days, calendar_months;
    std::string agency, db;
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
                  "Agency code: its office hours and policy from --db (standard hours without)");
  due->add_option("--db", o->db, "Database with edited schedules and office hours");
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
    const auto source = calendar_for(o->db, o->agency, o->hours_policy);
    std::cout << format_iso(source.calendar->due_at(*start, limit)) << "\n";
  });

  add_calendar_admin_commands(*calendar);
}

}  // namespace motcua::app
