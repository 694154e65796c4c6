#pragma once
// Form 02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", A5 portrait: everything the applicant must
// add or correct, stated at once (Decree 61/2018 Art. 19(4); form 02 of Circular 01/2018 and of
// Circular 03/2025).
#include <string>
#include <vector>

#include "motcua/render/letterhead.hpp"

namespace motcua::render {

struct SupplementItem {
  std::string content;  // what to add or correct: "Bản sao Giấy chứng nhận kết hôn"
  std::string reason;   // why; may be empty
};

struct SupplementRequestView {
  Letterhead letterhead;
  std::string dossier_code;  // optional: only known when the dossier was already received
  std::string applicant_name;
  std::string applicant_address;
  std::string applicant_phone;
  std::string applicant_email;  // optional
  std::string procedure_name;
  std::string submitted_at;  // optional: when the dossier was handed in
  std::vector<SupplementItem> items;
  std::string deadline;       // optional: by when the applicant should come back
  std::string officer_name;   // who explained it and signs as "Người hướng dẫn"
  std::string contact_phone;  // where to ask questions while completing the dossier
};

std::string supplement_request_pdf(const SupplementRequestView& view);

}  // namespace motcua::render
