#pragma once
// Letters the agency sends with a civil-status result: congratulations on a birth or marriage
// registration, condolences on a death registration. A5 portrait, letterhead, "Kính gửi", the
// body from a template with {slots}, and the signer.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "motcua/render/letterhead.hpp"

namespace motcua::render {

enum class LetterKind { birth_congratulation, marriage_congratulation, death_condolence };

struct LetterView {
  LetterKind kind = LetterKind::birth_congratulation;
  Letterhead letterhead;
  std::string recipient_name;     // {recipient}: "Ông Nguyễn Văn An và Bà Trần Thị Bình"
  std::string recipient_address;  // optional, printed under "Kính gửi"
  std::string subject_name;       // {subject}: the child, the couple, or the deceased
  std::string event_date;         // {event_date}: date of birth, registration or death
  std::string agency;             // {agency}; letterhead.agency when empty
  std::string date;               // {date}; letterhead.place_date when empty
  std::string signer_title;       // {signer_title}: "TM. Ủy ban nhân dân\nChủ tịch"
  std::string signer_name;        // {signer}
  std::string body_template;      // optional: replaces letter_template(kind)
};

// The default body of each kind. Paragraphs are separated by '\n'; slots are
// {recipient}, {subject}, {event_date}, {agency}, {date}, {signer_title} and {signer}.
std::string letter_template(LetterKind kind);

// "THƯ CHÚC MỪNG" or "THƯ CHIA BUỒN".
std::string letter_title(LetterKind kind);

// Replaces each "{name}" of `values` in one pass: text inserted from a value is never expanded
// again, and unknown slots are left as they are.
std::string fill_slots(std::string_view text,
                       const std::vector<std::pair<std::string, std::string>>& values);

// The body with every slot filled, e.g. for the same letter sent by e-mail.
std::string letter_body(const LetterView& view);

std::string letter_pdf(const LetterView& view);

}  // namespace motcua::render
