// `motcua calendar schedule list|show|put|delete|history` and `calendar office-hours`: the
// admin's calendar editing from the command line, on a database file. Edits are recorded in
// calendar_edits under "cli:<login name>".
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/calendar_cli.hpp"
#include "app/cli_store.hpp"
#include "http/calendar_json.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/calendar/schedule.hpp"
#include "motcua/common/time.hpp"

namespace motcua::app {

namespace {

using service::CalendarActor;

CalendarActor operator_actor() {
  const char* user = std::getenv("USER");
  return CalendarActor::command_line(std::string("cli:") + (user && *user ? user : "operator"));
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    fail(make_error(ErrorCode::not_found, "cli.file", "cannot read " + path,
                    "không đọc được tệp " + path, path));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A file holds one schedule object, or a whole document {"schedules": [...]} whose schedules
// are each put in turn.
void put_schedules(service::CalendarService& calendars, const std::string& text) {
  auto doc = nlohmann::json::parse(text, nullptr, false);
  std::vector<std::string> bodies;
  const bool many = doc.is_object() && doc.contains("schedules") && doc["schedules"].is_array();
  if (many) {
    for (const auto& s : doc["schedules"]) bodies.push_back(s.dump());
  } else {
    bodies.push_back(text);
  }
  for (size_t i = 0; i < bodies.size(); ++i) {
    const std::string& body = bodies[i];
    const std::string at = many ? "schedules[" + std::to_string(i) + "]" : std::string{};
    auto j = nlohmann::json::parse(body, nullptr, false);
    // What is not an object gets the schedule parser's own message (where it went wrong).
    if (!j.is_object()) {
      auto parsed = calendar::parse_year_schedule(body);
      fail(!parsed.ok()
               ? parsed.error()
               : make_error(ErrorCode::invalid, "calendar.invalid", "a schedule is a JSON object",
                            "lịch phải là đối tượng JSON", at.empty() ? "schedule" : at));
    }
    // Checked before reading: json::value throws on an id that is not a string.
    const std::string id_field = at.empty() ? "id" : at + ".id";
    const auto it = j.find("id");
    if (it != j.end() && !it->is_string())
      fail(make_error(ErrorCode::invalid, "calendar.invalid",
                      id_field + " must be a string, not " + std::string(it->type_name()),
                      "trường " + id_field + " phải là chuỗi ký tự", id_field));
    const std::string id = it == j.end() ? std::string{} : it->get<std::string>();
    auto saved = calendars.put_schedule(operator_actor(), id, body);
    if (!saved.ok()) fail(saved.error());
    std::cout << "saved " << saved->schedule.id << " version " << saved->version << "\n";
  }
}

void add_schedule_commands(CLI::App& calendar) {
  auto* schedule = calendar.add_subcommand("schedule", "Official yearly schedules in a database");
  schedule->require_subcommand(1);
  auto db = std::make_shared<std::string>();
  auto arg = std::make_shared<std::string>();
  auto add_db = [db](CLI::App* cmd) { cmd->add_option("--db", *db, kDbOptionHelp)->required(); };

  auto* list = schedule->add_subcommand("list", "Every schedule in force: shipped and edited");
  add_db(list);
  list->callback([db] {
    auto open = open_calendar_db(*db);
    auto entries = open->calendars->list_schedules(operator_actor());
    if (!entries.ok()) fail(entries.error());
    for (const auto& e : *entries) {
      std::cout << e.schedule.id << "  " << e.schedule.year << "  "
                << (e.stored ? (e.shipped ? "edited (replaces shipped)" : "edited") : "shipped");
      if (e.stored)
        std::cout << "  v" << e.version << "  " << e.updated_by << "  "
                  << (e.updated_at ? format_iso(*e.updated_at) : "");
      std::cout << "\n";
    }
  });

  auto* show = schedule->add_subcommand("show", "Print one schedule as JSON (the form put reads)");
  show->add_option("id", *arg, "Schedule id")->required();
  add_db(show);
  show->callback([db, arg] {
    auto open = open_calendar_db(*db);
    auto e = open->calendars->get_schedule(operator_actor(), *arg);
    if (!e.ok()) fail(e.error());
    std::cout << calendar::year_schedule_to_json(e->schedule) << "\n";
  });

  auto* put = schedule->add_subcommand(
      "put",
      "Create or replace schedules from a JSON file (one schedule or {\"schedules\": [...]})");
  put->add_option("file", *arg, "JSON file")->required();
  add_db(put);
  put->callback([db, arg] {
    const std::string text = read_file(*arg);
    auto open = open_calendar_db(*db);
    put_schedules(*open->calendars, text);
  });

  auto* del = schedule->add_subcommand("delete", "Remove an edited schedule");
  del->add_option("id", *arg, "Schedule id")->required();
  add_db(del);
  del->callback([db, arg] {
    auto open = open_calendar_db(*db);
    auto done = open->calendars->delete_schedule(operator_actor(), *arg);
    if (!done.ok()) fail(done.error());
    std::cout << "deleted " << *arg << "\n";
  });

  auto* history = schedule->add_subcommand("history", "Every edit of a schedule, oldest first");
  history->add_option("id", *arg, "Schedule id")->required();
  add_db(history);
  history->callback([db, arg] {
    auto open = open_calendar_db(*db);
    auto edits = open->calendars->schedule_history(operator_actor(), *arg);
    if (!edits.ok()) fail(edits.error());
    for (const auto& e : *edits) std::cout << http::calendar_edit_json(e) << "\n";
  });
}

void add_office_hours_command(CLI::App& calendar) {
  struct Options {
    std::string agency, db, set_file, policy;
    bool inherit = false;
    bool history = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = calendar.add_subcommand("office-hours",
                                      "Show or set an agency's office hours and day-limit policy");
  cmd->add_option("--agency", o->agency, "Agency code")->required();
  cmd->add_option("--db", o->db, kDbOptionHelp)->required();
  auto* set = cmd->add_option("--set", o->set_file,
                              "JSON file with the agency's own office hours "
                              "({\"monday\": [{\"from\": \"07:30\", \"to\": \"11:30\"}, ...]})");
  auto* inherit = cmd->add_flag("--inherit", o->inherit,
                                "Drop the agency's own office hours (use its parent's)");
  set->excludes(inherit);
  cmd->add_flag("--history", o->history, "Print every edit of the agency's own settings instead");
  cmd->add_option("--day-limits-as-hours", o->policy,
                  "on: day limits count as N x 8 working hours; off: Civil Code rule; inherit")
      ->check(CLI::IsMember({"on", "off", "inherit"}));
  cmd->callback([o] {
    auto open = open_calendar_db(o->db);
    auto& calendars = *open->calendars;
    const auto actor = operator_actor();
    if (o->history) {
      auto edits = calendars.agency_settings_history(actor, o->agency);
      if (!edits.ok()) fail(edits.error());
      for (const auto& e : *edits) std::cout << http::calendar_edit_json(e) << "\n";
      return;
    }
    if (!o->set_file.empty() || o->inherit || !o->policy.empty()) {
      auto current = calendars.agency_settings(actor, o->agency);
      if (!current.ok()) fail(current.error());
      // The command line changes only what it names; the rest stays as it was.
      service::AgencySettingsUpdate update{current->own_office_hours,
                                           current->own_day_limits_as_hours};
      if (o->inherit) update.office_hours.reset();
      if (!o->set_file.empty()) {
        auto hours = calendar::parse_office_hours_json(read_file(o->set_file));
        if (!hours.ok()) fail(hours.error());
        update.office_hours = std::move(*hours);
      }
      if (o->policy == "inherit") update.day_limits_as_hours.reset();
      if (o->policy == "on" || o->policy == "off") update.day_limits_as_hours = o->policy == "on";
      auto saved = calendars.set_agency_settings(actor, o->agency, update);
      if (!saved.ok()) fail(saved.error());
    }
    auto settings = calendars.agency_settings(actor, o->agency);
    if (!settings.ok()) fail(settings.error());
    std::cout << nlohmann::json::parse(http::agency_settings_json(*settings)).dump(2) << "\n";
  });
}

}  // namespace

std::unique_ptr<CalendarDb> open_calendar_db(const std::string& path,
                                             calendar::CalendarPolicy default_policy) {
  std::error_code ec;
  // A file must exist (opening one would make an empty store); a server's URI is checked by
  // connecting.
  if (!store::Database::names_server(path) && !std::filesystem::is_regular_file(path, ec))
    fail(make_error(ErrorCode::not_found, "cli.db", "no database file " + path,
                    "không có tệp cơ sở dữ liệu " + path, "--db"));
  auto out = std::make_unique<CalendarDb>();
  auto db = open_cli_store_without_personal_data(path);
  if (!db.ok()) fail(db.error());
  out->db = std::move(*db);
  out->calendars = std::make_unique<service::CalendarService>(*out->db, out->clock, default_policy);
  return out;
}

void fail(const Error& e) {
  std::cerr << "error: " << e.message;
  if (!e.field.empty()) std::cerr << " (" << e.field << ")";
  std::cerr << "\n";
  throw CLI::RuntimeError(1);
}

void add_calendar_admin_commands(CLI::App& calendar) {
  add_schedule_commands(calendar);
  add_office_hours_command(calendar);
}

}  // namespace motcua::app
