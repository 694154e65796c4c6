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

std::string short_time_text(TimePoint t) {
  using namespace std::chrono;
  const auto local = to_local(t);
  const hh_mm_ss hms{local - floor<days>(local)};
  char buf[48];
  std::snprintf(buf, sizeof buf, " %02ld:%02ld", long(hms.hours().count()),
                long(hms.minutes().count()));
  return date_text(t) + buf;
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

FormEdition form_edition(TimePoint received_at) {
  using namespace std::chrono;
  // 00:00 of 15 September 2025, Vietnam time.
  const TimePoint circular_03_2025 = from_local(local_days{2025y / September / 15});
  return received_at < circular_03_2025 ? FormEdition::circular_01_2018
                                        : FormEdition::circular_03_2025;
}

// Titles: Circular 01/2018/TT-VPCP's forms 01-06 as its annex lists them (transcribed at
// https://trangtinphapluat.com/blog/bieu-mau/quy-trinh-giai-quyet-thu-tuc-hanh-chinh/);
// Circular 03/2025/TT-VPCP's Appendix I as DOMAIN.md §3 and issue 10 quote it (the circular's
// own text was not at hand): it renames form 04 and adds the stop notice as 05, moving the
// process control sheet to 06 and the tracking book to 07.
std::string form_number(FormKind kind, FormEdition edition) {
  const bool y2025 = edition == FormEdition::circular_03_2025;
  switch (kind) {
    case FormKind::receipt:
      return "Mẫu số 01";
    case FormKind::supplement_request:
      return "Mẫu số 02";
    case FormKind::refusal:
      return "Mẫu số 03";
    case FormKind::apology:
      return "Mẫu số 04";
    case FormKind::stop_notice:
      return y2025 ? "Mẫu số 05" : "";
    case FormKind::process_control:
      return y2025 ? "Mẫu số 06" : "Mẫu số 05";
    case FormKind::tracking_book:
      return y2025 ? "Mẫu số 07" : "Mẫu số 06";
  }
  return "";
}

std::string form_title(FormKind kind, FormEdition edition) {
  switch (kind) {
    case FormKind::receipt:
      return "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
    case FormKind::supplement_request:
      return "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ";
    case FormKind::refusal:
      return "Phiếu từ chối tiếp nhận giải quyết hồ sơ";
    case FormKind::apology:
      return edition == FormEdition::circular_03_2025
                 ? "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"
                 : "Phiếu xin lỗi và hẹn lại ngày trả kết quả";
    case FormKind::stop_notice:
      return "Thông báo dừng giải quyết hồ sơ";
    case FormKind::process_control:
      return "Phiếu kiểm soát quá trình giải quyết hồ sơ";
    case FormKind::tracking_book:
      return "Sổ theo dõi hồ sơ";
  }
  return "";
}

}  // namespace motcua::render
