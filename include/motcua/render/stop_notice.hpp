#pragma once
// "Thông báo dừng giải quyết hồ sơ" (notice that processing of a dossier stops), A5 portrait:
// the form Circular 03/2025/TT-VPCP adds (its form 05) for dossiers under Decree 118/2025.
// The wording follows the house pattern of forms 03/04; the official sample was not available
// when this was written, so check it against the circular's appendix before relying on it.
#include <string>

#include "motcua/render/letterhead.hpp"

namespace motcua::render {

struct StopNoticeView {
  Letterhead letterhead;
  std::string honorific = "Ông/Bà";
  std::string applicant_name;     // "Kính gửi: …"
  std::string applicant_address;  // optional
  std::string dossier_code;
  std::string procedure_name;
  std::string received_at;  // "08 giờ 30 phút, ngày 24/11/2026"
  std::string legal_basis;  // optional: "Căn cứ …" clause naming the provision applied
  std::string reason;       // why processing stops; '\n' separates paragraphs
  std::string disposition;  // optional: what happens to the dossier and any fee paid
  std::string signer_title = "Thủ trưởng cơ quan";
  std::string signer_name;
};

std::string stop_notice_pdf(const StopNoticeView& view);

}  // namespace motcua::render
