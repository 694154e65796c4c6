#include "motcua/render/form_text.hpp"

#include <cstdio>
#include <string_view>
#include <utility>

#include "motcua/common/time.hpp"

namespace motcua::render {

std::string vietnamese_time_text(TimePoint t) {
  using namespace std::chrono;
  const auto local = to_local(t);
  const auto day = floor<days>(local);
  const year_month_day ymd{day};
  const hh_mm_ss hms{local - day};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%02ld giờ %02ld phút, ngày %02u/%02u/%04d",
                long(hms.hours().count()), long(hms.minutes().count()), unsigned(ymd.day()),
                unsigned(ymd.month()), int(ymd.year()));
  return buf;
}

std::string date_text(TimePoint t) {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(to_local(t))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", unsigned(ymd.day()), unsigned(ymd.month()),
                int(ymd.year()));
  return buf;
}

namespace {
// Unit kinds as they begin a unit's name, and as they read inside a sentence.
constexpr std::pair<std::string_view, std::string_view> kUnitKinds[] = {
    {"Thành phố ", "thành phố "}, {"Tỉnh ", "tỉnh "},        {"Phường ", "phường "}, {"Xã ", "xã "},
    {"Đặc khu ", "đặc khu "},     {"Thị trấn ", "thị trấn "}};
}  // namespace

std::string place_of(const std::string& unit_name) {
  for (const auto& [prefix, _] : kUnitKinds)
    if (unit_name.rfind(prefix, 0) == 0) return unit_name.substr(prefix.size());
  return unit_name;
}

std::string unit_in_sentence(const std::string& unit_name) {
  for (const auto& [prefix, lower] : kUnitKinds)
    if (unit_name.rfind(prefix, 0) == 0)
      return std::string(lower) + unit_name.substr(prefix.size());
  return unit_name;
}

std::string channel_label(SubmissionChannel c) {
  switch (c) {
    case SubmissionChannel::counter:
      return "Trực tiếp";
    case SubmissionChannel::online:
      return "Trực tuyến";
    case SubmissionChannel::postal:
      return "Qua dịch vụ bưu chính công ích";
  }
  return "";
}

}  // namespace motcua::render
