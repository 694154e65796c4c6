#include "motcua/service/form_text.hpp"

#include <cstdio>

#include "motcua/common/time.hpp"

namespace motcua::service {

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

std::string place_of(const std::string& unit_name) {
  for (std::string_view prefix : {"Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thị trấn "})
    if (unit_name.rfind(prefix, 0) == 0) return unit_name.substr(prefix.size());
  return unit_name;
}

std::string channel_label(catalog::Channel c) {
  switch (c) {
    case catalog::Channel::counter: return "Trực tiếp";
    case catalog::Channel::online: return "Trực tuyến";
    case catalog::Channel::postal: return "Qua dịch vụ bưu chính công ích";
  }
  return "";
}

}  // namespace motcua::service
