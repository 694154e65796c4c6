#include "motcua/store/calendar_repository.hpp"

#include <nlohmann/json.hpp>

#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {

constexpr const char* kScheduleColumns =
    "SELECT id, year, body, version, updated_by, updated_at FROM calendar_schedules ";

TimePoint calendar_time_of(const SqlRow& r, size_t i) {
  auto t = parse_iso(r.text(i));
  return t ? *t : TimePoint{};
}

StoredSchedule schedule_from_row(const SqlRow& r) {
  return StoredSchedule{r.text(0),         int(r.integer(1)), r.text(2),
                        int(r.integer(3)), r.text(4),         calendar_time_of(r, 5)};
}

// Appends one history row with the next version of its subject; returns that version.
Result<int> calendar_append_edit(SqlConnection& c, const std::string& subject,
                                 const std::string& subject_id, const std::string& action,
                                 const std::optional<std::string>& old_body,
                                 const std::optional<std::string>& new_body, const std::string& by,
                                 TimePoint at) {
  auto last = c.query(
      "SELECT COALESCE(MAX(version), 0) FROM calendar_edits WHERE subject = $1 AND "
      "subject_id = $2",
      {subject, subject_id});
  if (!last.ok()) return last.error();
  const int version = last->empty() ? 1 : int(last->front().integer(0)) + 1;
  auto r = c.query(
      "INSERT INTO calendar_edits (subject, subject_id, version, action, old_body, new_body, "
      "edited_by, edited_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {subject, subject_id, std::int64_t(version), action, sql_opt_text(old_body),
       sql_opt_text(new_body), by, format_iso(at)});
  if (!r.ok()) return r.error();
  return version;
}

nlohmann::json agency_settings_json(const std::optional<std::string>& office_hours,
                                    std::optional<bool> day_limits_as_hours) {
  nlohmann::json hours = nullptr;
  if (office_hours) {
    hours = nlohmann::json::parse(*office_hours, nullptr, false);
    if (hours.is_discarded()) hours = *office_hours;  // kept verbatim for the audit
  }
  return {{"office_hours", hours},
          {"day_limits_as_hours",
           day_limits_as_hours ? nlohmann::json(*day_limits_as_hours) : nlohmann::json(nullptr)}};
}

}  // namespace

Result<std::vector<StoredSchedule>> all_schedules(SqlConnection& c) {
  auto rows = c.query(std::string(kScheduleColumns) + "ORDER BY year, id");
  if (!rows.ok()) return rows.error();
  std::vector<StoredSchedule> out;
  for (const auto& r : *rows) out.push_back(schedule_from_row(r));
  return out;
}

Result<std::optional<StoredSchedule>> find_schedule(SqlConnection& c, const std::string& id) {
  auto rows = c.query(std::string(kScheduleColumns) + "WHERE id = $1", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<StoredSchedule>{};
  return std::optional<StoredSchedule>{schedule_from_row(rows->front())};
}

Result<StoredSchedule> put_schedule(SqlConnection& c, const std::string& id, int year,
                                    const std::string& body, const std::string& by, TimePoint at) {
  auto old = find_schedule(c, id);
  if (!old.ok()) return old.error();
  const std::optional<std::string> old_body =
      old->has_value() ? std::optional<std::string>((*old)->body) : std::nullopt;
  auto version = calendar_append_edit(c, kScheduleSubject, id, "put", old_body, body, by, at);
  if (!version.ok()) return version.error();
  auto r = c.query(
      "INSERT INTO calendar_schedules (id, year, body, version, updated_by, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE SET year = excluded.year, "
      "body = excluded.body, version = excluded.version, updated_by = excluded.updated_by, "
      "updated_at = excluded.updated_at",
      {id, std::int64_t(year), body, std::int64_t(*version), by, format_iso(at)});
  if (!r.ok()) return r.error();
  return StoredSchedule{id, year, body, *version, by, at};
}

Result<bool> delete_schedule(SqlConnection& c, const std::string& id, const std::string& by,
                             TimePoint at) {
  auto old = find_schedule(c, id);
  if (!old.ok()) return old.error();
  if (!old->has_value()) return false;
  auto version =
      calendar_append_edit(c, kScheduleSubject, id, "delete", (*old)->body, std::nullopt, by, at);
  if (!version.ok()) return version.error();
  auto r = c.query("DELETE FROM calendar_schedules WHERE id = $1", {id});
  if (!r.ok()) return r.error();
  return true;
}

Result<std::optional<AgencyCalendarRow>> find_agency_calendar(SqlConnection& c,
                                                              const std::string& code) {
  auto rows = c.query(
      "SELECT code, parent_code, office_hours, day_limits_as_hours FROM agencies WHERE code = $1",
      {code});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<AgencyCalendarRow>{};
  const auto& r = rows->front();
  AgencyCalendarRow row{r.text(0), r.text(1), r.optional_text(2), std::nullopt};
  if (!r.is_null(3)) row.day_limits_as_hours = r.integer(3) != 0;
  return std::optional<AgencyCalendarRow>{std::move(row)};
}

Status set_agency_calendar(SqlConnection& c, const std::string& code,
                           const std::optional<std::string>& office_hours,
                           std::optional<bool> day_limits_as_hours, const std::string& by,
                           TimePoint at) {
  auto old = find_agency_calendar(c, code);
  if (!old.ok()) return old.error();
  if (!old->has_value())
    return make_error(ErrorCode::not_found, "agency.not_found", "unknown agency " + code,
                      "không có cơ quan mã " + code, "agency");
  const std::string old_body =
      agency_settings_json((*old)->office_hours, (*old)->day_limits_as_hours).dump();
  const std::string new_body = agency_settings_json(office_hours, day_limits_as_hours).dump();
  auto version =
      calendar_append_edit(c, kOfficeHoursSubject, code, "put", old_body, new_body, by, at);
  if (!version.ok()) return version.error();
  auto r = c.query(
      "UPDATE agencies SET office_hours = $2, day_limits_as_hours = $3 WHERE code = $1",
      {code, sql_opt_text(office_hours),
       day_limits_as_hours ? SqlValue{std::int64_t(*day_limits_as_hours)} : SqlValue{nullptr}});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::vector<CalendarEdit>> calendar_edits(SqlConnection& c, const std::string& subject,
                                                 const std::string& subject_id, int limit,
                                                 int offset) {
  auto rows = c.query(
      "SELECT subject, subject_id, version, action, old_body, new_body, edited_by, edited_at "
      "FROM calendar_edits WHERE subject = $1 AND subject_id = $2 ORDER BY version "
      "LIMIT $3 OFFSET $4",
      {subject, subject_id, std::int64_t(limit), std::int64_t(offset)});
  if (!rows.ok()) return rows.error();
  std::vector<CalendarEdit> out;
  for (const auto& r : *rows)
    out.push_back(CalendarEdit{r.text(0), r.text(1), int(r.integer(2)), r.text(3),
                               r.optional_text(4), r.optional_text(5), r.text(6),
                               calendar_time_of(r, 7)});
  return out;
}

Result<std::int64_t> calendar_revision(SqlConnection& c) {
  auto rows = c.query("SELECT COUNT(*) FROM calendar_edits");
  if (!rows.ok()) return rows.error();
  return rows->empty() ? std::int64_t{0} : rows->front().integer(0);
}

}  // namespace motcua::store
