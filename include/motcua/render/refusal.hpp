#pragma once
// Form 03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ", A5 portrait: the dossier is not accepted
// (not competent, not eligible), with the reason (Decree 61/2018 Art. 19(8); form 03 of
// Circular 01/2018 and of Circular 03/2025).
#include <string>

#include "motcua/render/letterhead.hpp"

namespace motcua::render {

struct RefusalView {
  Letterhead letterhead;
  std::string dossier_code;  // optional
  std::string applicant_name;
  std::string applicant_address;
  std::string applicant_phone;
  std::string applicant_email;  // optional
  std::string procedure_name;
  std::string submitted_at;  // optional
  std::string reason;        // may hold several paragraphs separated by '\n'
  std::string signer_title = "Người tiếp nhận hồ sơ";
  std::string signer_name;
};

std::string refusal_pdf(const RefusalView& view);

}  // namespace motcua::render
