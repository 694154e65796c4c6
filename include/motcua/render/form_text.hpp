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
// "Phường Hội An" → "Hội An": a form's place line names the locality, not its kind.
std::string place_of(const std::string& unit_name);
// "Phường Hội An" → "phường Hội An", as the name reads after "Ủy ban nhân dân" in a sentence.
std::string unit_in_sentence(const std::string& unit_name);
// How a dossier reached the desk (the catalogue's channels, which render does not depend on).
enum class SubmissionChannel { counter, online, postal };
// "Trực tiếp", "Trực tuyến", "Qua dịch vụ bưu chính công ích".
std::string channel_label(SubmissionChannel c);

}  // namespace motcua::render
