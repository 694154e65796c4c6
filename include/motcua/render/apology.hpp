#pragma once
// Form 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả", A5 portrait: sent at the latest one
// working day before the due time when a dossier will be late, with the reason and the one
// new appointment (Decree 61/2018 Art. 19(9); form 04 of Circular 01/2018). Circular 03/2025
// renames its form 04 "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết": the edition
// (by the dossier's reception date) chooses the title and how the new time is asked for.
#include <string>

#include "motcua/render/form_text.hpp"
#include "motcua/render/letterhead.hpp"

namespace motcua::render {

struct ApologyView {
  Letterhead letterhead;
  FormEdition edition = FormEdition::circular_01_2018;
  std::string title;                 // empty: form_title(FormKind::apology, edition)
  std::string honorific = "Ông/Bà";  // how the text addresses the applicant
  std::string applicant_name;        // "Kính gửi: …"
  std::string received_date;         // "24/11/2026"
  std::string dossier_code;
  std::string procedure_name;
  std::string original_due_at;  // the appointment on the receipt
  std::string reason;
  std::string new_due_at;  // the new appointment (it may be moved only once)
  std::string signer_title = "Thủ trưởng cơ quan";
  std::string signer_name;
};

std::string apology_pdf(const ApologyView& view);

}  // namespace motcua::render
