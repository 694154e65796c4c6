#pragma once
// Vietnamese wording shared by every printed form (and the applicant's messages): times,
// places, channels.
#include <string>

#include "motcua/common/clock.hpp"

namespace motcua::render {

// "08 giờ 30 phút, ngày 24/11/2026" in Vietnam time.
std::string vietnamese_time_text(TimePoint t);
// "24/11/2026" in Vietnam time.
std::string date_text(TimePoint t);
// "24/11/2026 08:30" in Vietnam time: a table cell (the tracking book's dates).
std::string short_time_text(TimePoint t);
// "Phường Hội An" → "Hội An": a form's place line names the locality, not its kind.
std::string place_of(const std::string& unit_name);
// "Phường Hội An" → "phường Hội An", as the name reads after "Ủy ban nhân dân" in a sentence.
std::string unit_in_sentence(const std::string& unit_name);
// How a dossier reached the desk (the catalogue's channels, which render does not depend on).
enum class SubmissionChannel { counter, online, postal };
// "Trực tiếp", "Trực tuyến", "Qua dịch vụ bưu chính công ích".
std::string channel_label(SubmissionChannel c);

// Which circular's forms a dossier's papers follow: the one in force on its reception date.
// Circular 03/2025/TT-VPCP (guiding Decree 118/2025) is in force from 15 September 2025;
// dossiers received before that keep Circular 01/2018/TT-VPCP's forms (DOMAIN.md §3: judge
// a dossier by the rules in force when it was received).
enum class FormEdition { circular_01_2018, circular_03_2025 };
FormEdition form_edition(TimePoint received_at);

// The forms by what they are; each edition numbers and names them (form_number, form_title).
enum class FormKind {
  receipt,             // 01 in both
  supplement_request,  // 02 in both
  refusal,             // 03 in both
  apology,             // 04 in both, renamed by Circular 03/2025
  stop_notice,         // 05, new in Circular 03/2025
  process_control,     // 05 in Circular 01/2018, 06 in Circular 03/2025
  tracking_book,       // 06 in Circular 01/2018, 07 in Circular 03/2025
};
// "Mẫu số 04"; empty for a form the edition does not have (the stop notice before 2025).
std::string form_number(FormKind kind, FormEdition edition);
// The form's title as the edition words it, in sentence case ("Phiếu xin lỗi và hẹn lại ngày
// trả kết quả"); a form the edition lacks takes its Circular 03/2025 title.
std::string form_title(FormKind kind, FormEdition edition);

}  // namespace motcua::render
