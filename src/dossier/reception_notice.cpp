#include "motcua/dossier/reception_notice.hpp"

#include <chrono>
#include <cstdio>

#include "motcua/common/time.hpp"
#include "motcua/dossier/reception.hpp"

namespace motcua::dossier {

namespace {

Error reception_notice_invalid(std::string field, std::string en, std::string vi) {
  return make_error(ErrorCode::invalid, "reception_notice.invalid", std::move(en), std::move(vi),
                    std::move(field));
}

std::string reception_notice_trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

Status check_applicant(Applicant& a) {
  a.full_name = reception_notice_trim(a.full_name);
  if (a.full_name.empty() || a.full_name.size() > 300)
    return reception_notice_invalid("applicant.full_name",
                                    "the applicant's full name is required (at most 300 bytes)",
                                    "họ tên người nộp hồ sơ là bắt buộc (tối đa 300 ký tự)");
  a.id_number = reception_notice_trim(a.id_number);
  if (!a.id_number.empty() && !is_valid_citizen_id(a.id_number))
    return reception_notice_invalid("applicant.id_number",
                                    "id_number must be the 12-digit citizen identity number",
                                    "số định danh cá nhân (id_number) phải gồm đúng 12 chữ số");
  auto phone = normalize_phone(a.phone);
  if (!phone)
    return reception_notice_invalid("applicant.phone",
                                    "phone must be a Vietnamese phone number, e.g. 0905111222",
                                    "số điện thoại (phone) không hợp lệ, ví dụ 0905111222");
  a.phone = *phone;
  a.email = reception_notice_trim(a.email);
  if (!a.email.empty() && (a.email.find('@') == std::string::npos || a.email.size() > 254))
    return reception_notice_invalid("applicant.email", "email is not a valid address",
                                    "địa chỉ thư điện tử (email) không hợp lệ");
  a.address = reception_notice_trim(a.address);
  if (a.address.size() > 500)
    return reception_notice_invalid("applicant.address", "the address is at most 500 bytes",
                                    "địa chỉ tối đa 500 ký tự");
  return ok_status();
}

Status check_items(std::vector<NoticeItem>& items) {
  if (items.empty())
    return reception_notice_invalid(
        "items", "a supplement notice lists at least one thing to add or correct",
        "phiếu hướng dẫn bổ sung phải nêu ít nhất một nội dung cần bổ sung, hoàn thiện");
  if (items.size() > kMaxNoticeItems)
    return reception_notice_invalid("items", "at most 50 items", "tối đa 50 nội dung cần bổ sung");
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string field = "items[" + std::to_string(i) + "]";
    items[i].content = reception_notice_trim(items[i].content);
    items[i].reason = reception_notice_trim(items[i].reason);
    if (items[i].content.empty() || items[i].content.size() > 1000)
      return reception_notice_invalid(
          field + ".content", "each item says what to add or correct (1 to 1000 bytes)",
          "mỗi nội dung cần bổ sung phải được ghi rõ (tối đa 1000 ký tự)");
    if (items[i].reason.size() > 1000)
      return reception_notice_invalid(field + ".reason", "a reason is at most 1000 bytes",
                                      "lý do tối đa 1000 ký tự");
  }
  return ok_status();
}

}  // namespace

std::string_view to_string(NoticeKind kind) {
  return kind == NoticeKind::supplement ? "supplement" : "refusal";
}

std::optional<NoticeKind> parse_notice_kind(std::string_view name) {
  if (name == "supplement") return NoticeKind::supplement;
  if (name == "refusal") return NoticeKind::refusal;
  return std::nullopt;
}

Result<ReceptionNoticeRequest> validate_reception_notice(ReceptionNoticeRequest r,
                                                         const catalog::Procedure& p) {
  MOTCUA_TRY(check_applicant(r.applicant));
  r.contact_phone = reception_notice_trim(r.contact_phone);
  if (!r.contact_phone.empty()) {
    auto phone = normalize_phone(r.contact_phone);
    if (!phone)
      return reception_notice_invalid("contact_phone",
                                      "contact_phone must be a Vietnamese phone number",
                                      "số điện thoại liên hệ (contact_phone) không hợp lệ");
    r.contact_phone = *phone;
  }
  r.reason = reception_notice_trim(r.reason);
  if (r.kind == NoticeKind::supplement) {
    // Form 02 states everything missing at once (Art. 15(2)(b)); a stray refusal reason on it
    // would be printed nowhere, so it is refused rather than dropped.
    if (!r.reason.empty())
      return reception_notice_invalid(
          "reason", "a supplement notice gives its reasons per item, not as reason",
          "phiếu hướng dẫn bổ sung ghi lý do theo từng nội dung (items), không dùng "
          "reason");
    MOTCUA_TRY(check_items(r.items));
    if (p.status != catalog::ProcedureStatus::active)
      return reception_notice_invalid(
          "procedure_code", "procedure " + p.code + " is no longer in force: refuse instead",
          "thủ tục " + p.code +
              " không còn hiệu lực: lập phiếu từ chối tiếp nhận thay vì hướng dẫn "
              "bổ sung");
  } else {
    if (!r.items.empty())
      return reception_notice_invalid(
          "items", "a refusal states its reason, not items to supplement",
          "phiếu từ chối tiếp nhận ghi lý do (reason), không có nội dung cần bổ sung");
    if (r.reason.empty() || r.reason.size() > 4000)
      return reception_notice_invalid(
          "reason", "a refusal states its reason (at most 4000 bytes)",
          "phiếu từ chối tiếp nhận phải nêu rõ lý do (tối đa 4000 ký tự)");
  }
  return r;
}

std::string format_notice_id(std::string_view agency_code, TimePoint issued_at, long long number) {
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(to_local(issued_at))};
  char buf[48];
  std::snprintf(buf, sizeof buf, "-TB%02d-%04lld", int(ymd.year()) % 100, number);
  return std::string(agency_code) + buf;
}

}  // namespace motcua::dossier
