#pragma once
// Form 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (receipt and appointment), A5 portrait.
// Content per Circular 01/2018/TT-VPCP, form 01 (kept as form 01 by Circular 03/2025/TT-VPCP),
// plus a QR code of the public status page (Decree 61/2018 Art. 17(3): anyone can look a
// dossier up by its code).
#include <string>
#include <vector>

#include "motcua/render/letterhead.hpp"

namespace motcua::render {

struct ReceivedDocument {
  std::string name;  // "Tờ khai đăng ký khai sinh"
  int copies = 1;    // printed with two digits, "01"
  std::string form;  // optional: "Bản chính", "Bản sao chứng thực", …
};

// Every field is text already formatted by the caller; empty optional fields are left out and
// empty required ones print a dotted blank to fill in by hand.
struct ReceiptView {
  Letterhead letterhead;
  std::string dossier_code;  // "H29.21-261124-0001"
  std::string applicant_name;
  std::string applicant_phone;
  std::string applicant_email;  // optional
  std::string applicant_address;
  std::string procedure_code;  // optional: "1.001193"
  std::string procedure_name;
  std::string channel_label;  // "Trực tiếp", "Trực tuyến", "Qua dịch vụ bưu chính công ích"
  std::vector<ReceivedDocument> documents;
  std::string processing_time;  // optional: "05 ngày làm việc"
  std::string received_at;      // "08 giờ 30 phút, ngày 24/11/2026"
  std::string due_at;           // "16 giờ 00 phút, ngày 01/12/2026"
  std::string result_delivery;  // optional: "Bộ phận Một cửa, quầy số 3"
  std::string book_volume;      // optional: Sổ theo dõi hồ sơ, quyển số
  std::string book_entry;       // optional: số thứ tự in the tracking book
  std::string officer_name;
  std::string lookup_url;   // encoded in the QR code and printed under the note
  std::string lookup_note;  // optional; a default explanation is printed when empty
};

// PDF bytes of the receipt. Long document lists continue on further pages.
std::string receipt_pdf(const ReceiptView& view);

}  // namespace motcua::render
