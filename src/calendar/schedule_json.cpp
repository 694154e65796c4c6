#include <cstdio>
#include <nlohmann/json.hpp>

#include "motcua/calendar/schedule.hpp"
#include "motcua/common/embedded.hpp"

namespace motcua::calendar {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;
using std::chrono::year_month_day;

Error schedule_invalid(std::string message, std::string field) {
  return make_error(ErrorCode::invalid, "calendar.schedule", std::move(message),
                    "lịch nghỉ không hợp lệ: " + field, std::move(field));
}

std::optional<year_month_day> parse_date(const json& value) {
  if (!value.is_string()) return std::nullopt;
  const auto text = value.get<std::string>();
  int y = 0;
  unsigned m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) {
    return std::nullopt;
  }
  const year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string format_date(year_month_day date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

// "where.key", or "key" for a schedule parsed on its own (where is empty).
std::string join(const std::string& where, const std::string& key) {
  return where.empty() ? key : where + "." + key;
}

std::string string_or_empty(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

Result<std::vector<ScheduledDay>> parse_days(const json& object, const char* key,
                                             const std::string& where) {
  std::vector<ScheduledDay> out;
  const auto it = object.find(key);
  if (it == object.end()) return out;
  if (!it->is_array()) return schedule_invalid("must be a list", join(where, key));
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& item = (*it)[i];
    const std::string field = join(where, key) + "[" + std::to_string(i) + "]";
    if (!item.is_object()) return schedule_invalid("must be an object", field);
    auto date = item.contains("date") ? parse_date(item["date"]) : std::nullopt;
    if (!date) return schedule_invalid("date must be YYYY-MM-DD", field + ".date");
    ScheduledDay day{*date, string_or_empty(item, "name"), std::nullopt};
    if (item.contains("instead_of")) {
      day.instead_of = parse_date(item["instead_of"]);
      if (!day.instead_of)
        return schedule_invalid("instead_of must be YYYY-MM-DD", field + ".instead_of");
    }
    out.push_back(std::move(day));
  }
  return out;
}

Result<YearSchedule> parse_schedule(const json& item, const std::string& where) {
  if (!item.is_object())
    return schedule_invalid("must be an object", where.empty() ? "body" : where);
  YearSchedule s;
  s.id = string_or_empty(item, "id");
  if (s.id.empty()) return schedule_invalid("id is required", join(where, "id"));
  if (!item.contains("year") || !item["year"].is_number_integer()) {
    return schedule_invalid("year must be an integer", join(where, "year"));
  }
  s.year = item["year"].get<int>();
  s.source = string_or_empty(item, "source");
  if (item.contains("replaces")) {
    if (!item["replaces"].is_array())
      return schedule_invalid("must be a list", join(where, "replaces"));
    for (const auto& name : item["replaces"]) {
      auto occasion = name.is_string() ? parse_occasion(name.get<std::string>()) : std::nullopt;
      if (!occasion) return schedule_invalid("unknown occasion", join(where, "replaces"));
      s.replaces.push_back(*occasion);
    }
  }
  auto off = parse_days(item, "days_off", where);
  if (!off.ok()) return off.error();
  auto working = parse_days(item, "working_days", where);
  if (!working.ok()) return working.error();
  s.days_off = std::move(*off);
  s.working_days = std::move(*working);
  for (const auto& w : s.working_days) {
    for (const auto& o : s.days_off) {
      if (o.date == w.date)
        return schedule_invalid("a date cannot be both off and working",
                                join(where, "working_days"));
    }
  }
  return s;
}

ordered_json days_to_json(const std::vector<ScheduledDay>& days) {
  ordered_json list = ordered_json::array();
  for (const auto& d : days) {
    ordered_json item = {{"date", format_date(d.date)}, {"name", d.name}};
    if (d.instead_of) item["instead_of"] = format_date(*d.instead_of);
    list.push_back(std::move(item));
  }
  return list;
}

ordered_json schedule_to_json(const YearSchedule& s) {
  ordered_json replaces = ordered_json::array();
  for (auto o : s.replaces) replaces.push_back(std::string(to_string(o)));
  return {{"id", s.id},
          {"year", s.year},
          {"replaces", std::move(replaces)},
          {"source", s.source},
          {"days_off", days_to_json(s.days_off)},
          {"working_days", days_to_json(s.working_days)}};
}

}  // namespace

Result<ScheduleDocument> parse_schedule_document(std::string_view text) {
  const json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return schedule_invalid("not a JSON object", "");
  const auto it = doc.find("schedules");
  if (it == doc.end() || !it->is_array())
    return schedule_invalid("schedules must be a list", "schedules");
  ScheduleDocument out;
  for (std::size_t i = 0; i < it->size(); ++i) {
    auto s = parse_schedule((*it)[i], "schedules[" + std::to_string(i) + "]");
    if (!s.ok()) return s.error();
    out.schedules.push_back(std::move(*s));
  }
  return out;
}

Result<YearSchedule> parse_year_schedule(std::string_view text) {
  const json item = json::parse(text, nullptr, false);
  if (item.is_discarded()) return schedule_invalid("not valid JSON", "body");
  return parse_schedule(item, "");
}

std::string year_schedule_to_json(const YearSchedule& schedule) {
  return schedule_to_json(schedule).dump(2);
}

std::string schedule_document_to_json(const ScheduleDocument& document) {
  ordered_json list = ordered_json::array();
  for (const auto& s : document.schedules) list.push_back(schedule_to_json(s));
  return ordered_json{{"schedules", std::move(list)}}.dump(2);
}

Result<ScheduleDocument> embedded_schedules() {
  const auto bytes = embedded::find("calendar/schedules.json");
  if (!bytes) {
    return make_error(ErrorCode::not_found, "calendar.schedules_missing",
                      "calendar/schedules.json is not embedded", "thiếu dữ liệu lịch nghỉ");
  }
  return parse_schedule_document(*bytes);
}

}  // namespace motcua::calendar
