#include "motcua/calendar/office_hours.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace motcua::calendar {
namespace {

using std::chrono::minutes;

constexpr std::array<std::string_view, 7> kDayNames = {"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};

Error invalid(std::string message, std::string message_vi, std::string field) {
  return make_error(ErrorCode::invalid, "calendar.office_hours", std::move(message),
                    std::move(message_vi), std::move(field));
}

// "HH:MM" with 00 <= HH <= 24 and MM < 60, "24:00" being the end of the day.
bool parse_hhmm(const std::string& text, minutes& out) {
  if (text.size() != 5 || text[2] != ':') return false;
  for (int i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int h = (text[0] - '0') * 10 + (text[1] - '0');
  const int m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 24 || m >= 60 || (h == 24 && m != 0)) return false;
  out = minutes{h * 60 + m};
  return true;
}

std::string format_hhmm(minutes value) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(value.count() / 60),
                static_cast<int>(value.count() % 60));
  return buf;
}

}  // namespace

OfficeHours OfficeHours::standard() {
  using namespace std::chrono;
  OfficeHours hours;
  const std::vector<OfficeInterval> day = {{7h + 30min, 11h + 30min}, {13h, 17h}};
  for (auto d : {Monday, Tuesday, Wednesday, Thursday, Friday}) {
    hours.days_[d.c_encoding()] = day;
  }
  return hours;
}

Status OfficeHours::set(std::chrono::weekday day, std::vector<OfficeInterval> intervals) {
  const std::string field{kDayNames[day.c_encoding()]};
  minutes previous_end{-1};
  for (const auto& interval : intervals) {
    if (interval.begin < minutes{0} || interval.end > minutes{24 * 60} ||
        interval.begin >= interval.end || interval.begin <= previous_end) {
      return invalid("office hours must be sorted, non-empty, non-overlapping intervals",
                     "giờ làm việc phải là các khoảng thời gian tăng dần, không chồng lấn", field);
    }
    previous_end = interval.end;
  }
  days_[day.c_encoding()] = std::move(intervals);
  return ok_status();
}

Result<OfficeHours> parse_office_hours_json(std::string_view json) {
  const auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return invalid("office hours must be a JSON object", "giờ làm việc phải là đối tượng JSON", "");
  }
  OfficeHours hours;
  for (const auto& [key, value] : doc.items()) {
    unsigned index = 0;
    while (index < kDayNames.size() && kDayNames[index] != key) ++index;
    if (index == kDayNames.size() || !value.is_array()) {
      return invalid("unknown weekday or not a list: " + key, "ngày trong tuần không hợp lệ", key);
    }
    std::vector<OfficeInterval> intervals;
    for (const auto& item : value) {
      OfficeInterval interval;
      if (!item.is_object() || !item.contains("from") || !item.contains("to") ||
          !item["from"].is_string() || !item["to"].is_string() ||
          !parse_hhmm(item["from"].get<std::string>(), interval.begin) ||
          !parse_hhmm(item["to"].get<std::string>(), interval.end)) {
        return invalid("each interval needs \"from\" and \"to\" as HH:MM",
                       "mỗi khoảng cần \"from\" và \"to\" dạng HH:MM", key);
      }
      intervals.push_back(interval);
    }
    MOTCUA_TRY(hours.set(std::chrono::weekday{index}, std::move(intervals)));
  }
  return hours;
}

std::string office_hours_to_json(const OfficeHours& hours) {
  nlohmann::ordered_json doc = nlohmann::ordered_json::object();
  // Monday first: the order people read a week in.
  for (unsigned i = 1; i <= 7; ++i) {
    const std::chrono::weekday day{i % 7};
    if (!hours.is_open_on(day)) continue;
    auto& list = doc[std::string(kDayNames[day.c_encoding()])];
    list = nlohmann::ordered_json::array();
    for (const auto& interval : hours.on(day)) {
      list.push_back({{"from", format_hhmm(interval.begin)}, {"to", format_hhmm(interval.end)}});
    }
  }
  return doc.dump(2);
}

}  // namespace motcua::calendar
