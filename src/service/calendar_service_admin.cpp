// CalendarService: who may edit the calendar, and the edits themselves.
#include <algorithm>

#include "motcua/common/log.hpp"
#include "motcua/service/admin_scope.hpp"
#include "motcua/service/calendar_service.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

namespace {

Error calendar_admin_unknown_agency(const std::string& code) {
  return make_error(ErrorCode::not_found, "agency.not_found", "unknown agency " + code,
                    "không có cơ quan mã " + code, "agency");
}

constexpr std::size_t kMaxScheduleIdLength = 64;

Error calendar_admin_invalid(std::string field, std::string en, std::string vi) {
  return make_error(ErrorCode::invalid, "calendar.invalid", std::move(en), std::move(vi),
                    std::move(field));
}

Error forbidden(std::string en, std::string vi) {
  return make_error(ErrorCode::forbidden, "calendar.forbidden", std::move(en), std::move(vi));
}

// Ids appear in URLs: letters, digits, '.', '_' and '-'.
bool valid_schedule_id(const std::string& id) {
  return !id.empty() && id.size() <= kMaxScheduleIdLength &&
         std::all_of(id.begin(), id.end(), [](char ch) {
           return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
         });
}

Error bad_id() {
  return calendar_admin_invalid("id", "id must be 1-64 letters, digits, '.', '_' or '-'",
                                "mã lịch (id) phải gồm 1-64 chữ cái, chữ số, '.', '_' hoặc '-'");
}

// A schedule concerns one year; dates more than a year away are typing mistakes.
Status check_dates(const calendar::YearSchedule& s) {
  const int lo = s.year - 1, hi = s.year + 1;
  auto out_of_range = [&](std::chrono::year_month_day d) {
    const int y = static_cast<int>(d.year());
    return y < lo || y > hi;
  };
  for (const char* key : {"days_off", "working_days"}) {
    const auto& days = std::string_view(key) == "days_off" ? s.days_off : s.working_days;
    for (std::size_t i = 0; i < days.size(); ++i) {
      const std::string field = std::string(key) + "[" + std::to_string(i) + "]";
      if (out_of_range(days[i].date))
        return calendar_admin_invalid(field + ".date",
                                      "the date must lie within a year of the schedule's year",
                                      "ngày phải nằm trong phạm vi một năm so với năm của lịch");
      if (days[i].instead_of && out_of_range(*days[i].instead_of))
        return calendar_admin_invalid(field + ".instead_of",
                                      "the date must lie within a year of the schedule's year",
                                      "ngày phải nằm trong phạm vi một năm so với năm của lịch");
    }
  }
  return ok_status();
}

bool any_open_day(const calendar::OfficeHours& hours) {
  for (unsigned d = 0; d < 7; ++d)
    if (hours.is_open_on(std::chrono::weekday{d})) return true;
  return false;
}

}  // namespace

Status CalendarService::may_edit_schedules(store::SqlConnection& c, const CalendarActor& actor) {
  if (!actor.user) return ok_status();
  const auth::User& u = *actor.user;
  const Error refused = forbidden(
      "only an admin of a province-level agency or of the service centre manages schedules",
      "chỉ quản trị viên cấp tỉnh hoặc của Trung tâm phục vụ hành chính công được quản lý lịch "
      "nghỉ");
  auto allowed = is_province_admin(c, u);
  if (!allowed.ok()) return allowed.error();
  return *allowed ? ok_status() : Status(refused);
}

Status CalendarService::may_edit_agency(store::SqlConnection& c, const CalendarActor& actor,
                                        const std::string& code) {
  if (!actor.user) return ok_status();
  const auth::User& u = *actor.user;
  const Error refused = forbidden(
      "only an admin of this agency or of an agency above it manages its office hours",
      "chỉ quản trị viên của cơ quan này hoặc cơ quan cấp trên được quản lý giờ làm việc");
  if (u.role != auth::Role::admin) return refused;
  auto chain = store::agency_ancestors(c, code);
  if (!chain.ok()) return chain.error();
  if (chain->empty()) return calendar_admin_unknown_agency(code);
  for (const auto& a : *chain)
    if (a.code == u.agency_code) return ok_status();
  return refused;
}

Result<std::vector<ScheduleEntry>> CalendarService::list_schedules(const CalendarActor& actor) {
  return db_.read<std::vector<ScheduleEntry>>(
      [&](store::SqlConnection& c) -> Result<std::vector<ScheduleEntry>> {
        MOTCUA_TRY(may_edit_schedules(c, actor));
        auto stored = store::all_schedules(c);
        if (!stored.ok()) return stored.error();
        std::map<std::string, ScheduleEntry> by_id;
        for (const auto& s : shipped_.schedules) by_id[s.id] = ScheduleEntry{s, false, true};
        for (const auto& row : *stored) {
          auto parsed = calendar::parse_year_schedule(row.body);
          if (!parsed.ok()) {
            // As in the calendars themselves (calendar_service.cpp): left out, and said so.
            log::warn("stored calendar schedule left out", {{"schedule", row.id},
                                                            {"version", row.version},
                                                            {"error", parsed.error().message}});
            continue;
          }
          auto& e = by_id[row.id];
          e.schedule = std::move(*parsed);
          e.stored = true;
          e.version = row.version;
          e.updated_by = row.updated_by;
          e.updated_at = row.updated_at;
        }
        std::vector<ScheduleEntry> out;
        for (auto& [id, e] : by_id) out.push_back(std::move(e));
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
          return a.schedule.year < b.schedule.year;
        });
        return out;
      });
}

Result<ScheduleEntry> CalendarService::get_schedule(const CalendarActor& actor,
                                                    const std::string& id) {
  return db_.read<ScheduleEntry>([&](store::SqlConnection& c) -> Result<ScheduleEntry> {
    MOTCUA_TRY(may_edit_schedules(c, actor));
    ScheduleEntry e;
    for (const auto& s : shipped_.schedules)
      if (s.id == id) {
        e.schedule = s;
        e.shipped = true;
      }
    auto row = store::find_schedule(c, id);
    if (!row.ok()) return row.error();
    if (row->has_value()) {
      auto parsed = calendar::parse_year_schedule((*row)->body);
      if (!parsed.ok()) return parsed.error();
      e.schedule = std::move(*parsed);
      e.stored = true;
      e.version = (*row)->version;
      e.updated_by = (*row)->updated_by;
      e.updated_at = (*row)->updated_at;
    }
    if (!e.stored && !e.shipped)
      return make_error(ErrorCode::not_found, "calendar.schedule_not_found",
                        "no schedule with id " + id, "không có lịch nghỉ mã " + id, "id");
    return e;
  });
}

Result<ScheduleEntry> CalendarService::put_schedule(const CalendarActor& actor,
                                                    const std::string& id, std::string_view body) {
  // Permission first, so that a caller who may not edit learns nothing from validation.
  MOTCUA_TRY(db_.read<Ok>(
      [&](store::SqlConnection& c) -> Status { return may_edit_schedules(c, actor); }));
  if (!valid_schedule_id(id)) return bad_id();
  auto parsed = calendar::parse_year_schedule(body);
  if (!parsed.ok()) return parsed.error();
  if (parsed->id != id)
    return calendar_admin_invalid(
        "id", "the schedule's id must equal the id in the address (" + id + ")",
        "mã lịch (id) trong nội dung phải trùng với mã trên đường dẫn (" + id + ")");
  if (parsed->year < calendar::kCalendarFirstYear || parsed->year > calendar::kCalendarLastYear)
    return calendar_admin_invalid("year", "year must be from 1900 to 2100",
                                  "năm phải từ 1900 đến 2100");
  MOTCUA_TRY(check_dates(*parsed));
  const std::string normalised = calendar::year_schedule_to_json(*parsed);
  const TimePoint now = clock_.now();
  auto row = db_.write_returning<store::StoredSchedule>([&](store::SqlConnection& c) {
    return store::put_schedule(c, id, parsed->year, normalised, actor.name, now);
  });
  if (!row.ok()) return row.error();
  ScheduleEntry e{std::move(*parsed), true, false, row->version, row->updated_by, row->updated_at};
  for (const auto& s : shipped_.schedules) e.shipped = e.shipped || s.id == id;
  return e;
}

Status CalendarService::delete_schedule(const CalendarActor& actor, const std::string& id) {
  MOTCUA_TRY(db_.read<Ok>(
      [&](store::SqlConnection& c) -> Status { return may_edit_schedules(c, actor); }));
  auto removed = db_.write_returning<bool>([&](store::SqlConnection& c) {
    return store::delete_schedule(c, id, actor.name, clock_.now());
  });
  if (!removed.ok()) return removed.error();
  if (*removed) return ok_status();
  for (const auto& s : shipped_.schedules)
    if (s.id == id)
      return make_error(
          ErrorCode::conflict, "calendar.schedule_shipped",
          "schedule " + id +
              " is shipped with the program and cannot be deleted; put a "
              "replacement with the same id instead",
          "lịch " + id + " đi kèm chương trình, không xóa được; hãy ghi đè bằng lịch cùng mã",
          "id");
  return make_error(ErrorCode::not_found, "calendar.schedule_not_found",
                    "no schedule with id " + id, "không có lịch nghỉ mã " + id, "id");
}

Result<std::vector<store::CalendarEdit>> CalendarService::schedule_history(
    const CalendarActor& actor, const std::string& id, int limit, int offset) {
  return db_.read<std::vector<store::CalendarEdit>>(
      [&](store::SqlConnection& c) -> Result<std::vector<store::CalendarEdit>> {
        MOTCUA_TRY(may_edit_schedules(c, actor));
        return store::calendar_edits(c, store::kScheduleSubject, id, limit, offset);
      });
}

Result<AgencyCalendarSettings> CalendarService::agency_settings(const CalendarActor& actor,
                                                                const std::string& code) {
  return db_.read<AgencyCalendarSettings>(
      [&](store::SqlConnection& c) -> Result<AgencyCalendarSettings> {
        MOTCUA_TRY(may_edit_agency(c, actor, code));
        return resolve(c, code);
      });
}

Result<AgencyCalendarSettings> CalendarService::set_agency_settings(
    const CalendarActor& actor, const std::string& code, const AgencySettingsUpdate& update) {
  MOTCUA_TRY(db_.read<Ok>(
      [&](store::SqlConnection& c) -> Status { return may_edit_agency(c, actor, code); }));
  if (update.office_hours && !any_open_day(*update.office_hours))
    return calendar_admin_invalid("office_hours", "office hours must open on at least one weekday",
                                  "giờ làm việc phải có ít nhất một ngày trong tuần");
  const std::optional<std::string> hours_json =
      update.office_hours
          ? std::optional<std::string>(calendar::office_hours_to_json(*update.office_hours))
          : std::nullopt;
  MOTCUA_TRY(db_.write([&](store::SqlConnection& c) {
    return store::set_agency_calendar(c, code, hours_json, update.day_limits_as_hours, actor.name,
                                      clock_.now());
  }));
  return db_.read<AgencyCalendarSettings>(
      [&](store::SqlConnection& c) { return resolve(c, code); });
}

Result<std::vector<store::CalendarEdit>> CalendarService::agency_settings_history(
    const CalendarActor& actor, const std::string& code, int limit, int offset) {
  return db_.read<std::vector<store::CalendarEdit>>(
      [&](store::SqlConnection& c) -> Result<std::vector<store::CalendarEdit>> {
        MOTCUA_TRY(may_edit_agency(c, actor, code));
        return store::calendar_edits(c, store::kOfficeHoursSubject, code, limit, offset);
      });
}

}  // namespace motcua::service
