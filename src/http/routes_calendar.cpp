// The working calendar over HTTP: days off and due times for the desk, and the admin's editing
// of official schedules and agencies' office hours (issue 4).
#include <algorithm>
#include <charconv>
#include <cmath>

#include "auth_guard.hpp"
#include "calendar_json.hpp"
#include "json_io.hpp"
#include "motcua/calendar/days_off_json.hpp"
#include "motcua/common/time.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {

using calendar::ProcessingTime;
using calendar::TimeUnit;
using nlohmann::json;
using service::CalendarActor;

Error bad_param(const std::string& name, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "request.invalid_param", name + " " + en,
                    "tham số " + name + " " + vi, name);
}

Result<int> year_param(const httplib::Request& req) {
  const std::string s = req.get_param_value("year");
  int year = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), year);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size() ||
      year < calendar::kCalendarFirstYear || year > calendar::kCalendarLastYear)
    return bad_param("year", "must be a year from 1900 to 2100", "phải là năm từ 1900 đến 2100");
  return year;
}

// Exactly one of working_days, working_hours, calendar_days, calendar_months: a number >= 0.
Result<ProcessingTime> limit_params(const httplib::Request& req) {
  static const std::pair<const char*, TimeUnit> kUnits[] = {
      {"working_days", TimeUnit::working_days},
      {"working_hours", TimeUnit::working_hours},
      {"calendar_days", TimeUnit::calendar_days},
      {"calendar_months", TimeUnit::calendar_months}};
  std::optional<ProcessingTime> limit;
  for (const auto& [name, unit] : kUnits) {
    if (!req.has_param(name)) continue;
    if (limit)
      return bad_param(name, "cannot be combined with another limit",
                       "không dùng cùng lúc với thời hạn khác");
    const std::string s = req.get_param_value(name);
    double amount = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), amount);
    if (s.empty() || ec != std::errc() || p != s.data() + s.size() || !std::isfinite(amount) ||
        amount < 0 || amount > 100000)
      return bad_param(name, "must be a number from 0 to 100000", "phải là số từ 0 đến 100000");
    limit = ProcessingTime{amount, unit};
  }
  if (!limit)
    return bad_param("working_days", "or working_hours, calendar_days, calendar_months is required",
                     "hoặc working_hours, calendar_days, calendar_months là bắt buộc");
  return *limit;
}

std::string agency_param(const httplib::Request& req, const auth::User& user) {
  return req.has_param("agency") ? req.get_param_value("agency") : user.agency_code;
}

// The history routes share their paging: `limit` (default 100) and `offset`.
struct HistoryPage {
  int limit = 100;
  int offset = 0;
};

Result<HistoryPage> history_page(const httplib::Request& req) {
  auto limit = limit_param(req, 100, service::CalendarService::kHistoryPage);
  if (!limit.ok()) return limit.error();
  auto offset = offset_param(req);
  if (!offset.ok()) return offset.error();
  return HistoryPage{*limit, *offset};
}

using HistoryFetch = Result<std::vector<store::CalendarEdit>> (service::CalendarService::*)(
    const CalendarActor&, const std::string&, int, int);

// GET <path>/history: a page of the edits of the subject named in the path.
void register_history_route(RouteTable& s, ApiContext& ctx, const std::string& path,
                            HistoryFetch fetch) {
  s.Get(path, [&ctx, fetch](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto page = history_page(req);
    if (!page.ok()) return send_error(res, page.error());
    auto edits =
        (ctx.calendars.*fetch)(CalendarActor::of(*user), req.matches[1], page->limit, page->offset);
    if (!edits.ok()) return send_error(res, edits.error());
    json items = json::array();
    for (const auto& e : *edits) items.push_back(json::parse(calendar_edit_json(e)));
    send_json(res, 200, {{"items", items}, {"limit", page->limit}, {"offset", page->offset}});
  });
}

void register_desk_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/calendar/holidays", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto year = year_param(req);
    if (!year.ok()) return send_error(res, year.error());
    const std::string agency = agency_param(req, *user);
    auto cal = ctx.calendars.calendar_of(agency);
    if (!cal.ok()) return send_error(res, cal.error());
    json out = json::parse(calendar::days_off_json(**cal, *year, -1));
    out["agency"] = agency;
    send_json(res, 200, out);
  });

  s.Get("/api/v1/calendar/due", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    // An unencoded "+07:00" arrives as " 07:00" (form decoding turns '+' into a space).
    std::string from_text = req.get_param_value("from");
    std::replace(from_text.begin(), from_text.end(), ' ', '+');
    const auto from = parse_iso(from_text);
    if (!from)
      return send_error(
          res, bad_param("from", "must be an ISO-8601 time", "phải là thời điểm dạng ISO-8601"));
    auto limit = limit_params(req);
    if (!limit.ok()) return send_error(res, limit.error());
    const std::string agency = agency_param(req, *user);
    auto cal = ctx.calendars.calendar_of(agency);
    if (!cal.ok()) return send_error(res, cal.error());
    send_json(res, 200,
              {{"due_at", format_iso((*cal)->due_at(*from, *limit))},
               {"from", format_iso(*from)},
               {"agency", agency},
               {"limit", {{"amount", limit->amount}, {"unit", calendar::to_string(limit->unit)}}}});
  });
}

void register_schedule_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/admin/calendar/schedules",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto list = ctx.calendars.list_schedules(CalendarActor::of(*user));
          if (!list.ok()) return send_error(res, list.error());
          json items = json::array();
          for (const auto& e : *list) items.push_back(json::parse(schedule_entry_json(e)));
          send_json(res, 200, {{"items", items}});
        });

  constexpr const char* kOne = R"(/api/v1/admin/calendar/schedules/([^/]+))";
  s.Get(kOne, [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto e = ctx.calendars.get_schedule(CalendarActor::of(*user), req.matches[1]);
    if (!e.ok()) return send_error(res, e.error());
    send_json(res, 200, json::parse(schedule_entry_json(*e)));
  });
  s.Put(kOne, [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto e = ctx.calendars.put_schedule(CalendarActor::of(*user), req.matches[1], req.body);
    if (!e.ok()) return send_error(res, e.error());
    send_json(res, 200, json::parse(schedule_entry_json(*e)));
  });
  s.Delete(kOne, [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto done = ctx.calendars.delete_schedule(CalendarActor::of(*user), req.matches[1]);
    if (!done.ok()) return send_error(res, done.error());
    res.status = 204;
  });
  register_history_route(s, ctx, R"(/api/v1/admin/calendar/schedules/([^/]+)/history)",
                         &service::CalendarService::schedule_history);
}

void register_office_hours_routes(RouteTable& s, ApiContext& ctx) {
  constexpr const char* kPath = R"(/api/v1/admin/agencies/([^/]+)/office-hours)";
  register_history_route(s, ctx, R"(/api/v1/admin/agencies/([^/]+)/office-hours/history)",
                         &service::CalendarService::agency_settings_history);
  s.Get(kPath, [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto settings = ctx.calendars.agency_settings(CalendarActor::of(*user), req.matches[1]);
    if (!settings.ok()) return send_error(res, settings.error());
    send_json(res, 200, json::parse(agency_settings_json(*settings)));
  });
  s.Put(kPath, [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto update = parse_agency_settings_update(req.body);
    if (!update.ok()) {
      // Who may not edit is told so, not how their body was wrong.
      auto allowed = ctx.calendars.agency_settings(CalendarActor::of(*user), req.matches[1]);
      return send_error(res, allowed.ok() ? update.error() : allowed.error());
    }
    auto settings =
        ctx.calendars.set_agency_settings(CalendarActor::of(*user), req.matches[1], *update);
    if (!settings.ok()) return send_error(res, settings.error());
    send_json(res, 200, json::parse(agency_settings_json(*settings)));
  });
}

}  // namespace

void register_calendar_routes(RouteTable& s, ApiContext& ctx) {
  register_desk_routes(s, ctx);
  register_schedule_routes(s, ctx);
  register_office_hours_routes(s, ctx);
}

}  // namespace motcua::http
