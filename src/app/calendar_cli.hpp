#pragma once
// What the `calendar` commands share: opening the database and the calendar service on it.
#include <memory>
#include <string>

#include "motcua/common/clock.hpp"
#include "motcua/service/calendar_service.hpp"
#include "motcua/store/database.hpp"

namespace CLI {
class App;
}

namespace motcua::app {

// An existing database file and a calendar service on it, alive together.
struct CalendarDb {
  std::unique_ptr<store::Database> db;
  SystemClock clock;
  std::unique_ptr<service::CalendarService> calendars;
};

// Opens `path`, which must exist (a mistyped name must not create an empty database whose
// defaults would then be printed as if they were the agency's). Throws CLI::RuntimeError
// after printing the reason on failure.
std::unique_ptr<CalendarDb> open_calendar_db(const std::string& path,
                                             calendar::CalendarPolicy default_policy = {});

// Prints the error on stderr and stops the command with exit status 1.
[[noreturn]] void fail(const Error& e);

// `calendar schedule …` and `calendar office-hours`.
void add_calendar_admin_commands(CLI::App& calendar);

}  // namespace motcua::app
