// Default wording of the civil-status letters and the filler of their {field} slots. The wording is
// our own; an agency replaces it through LetterView::body_template.
#include <string>

#include "motcua/render/letter.hpp"

namespace motcua::render {

std::string letter_template(LetterKind kind) {
  switch (kind) {
    case LetterKind::birth_congratulation:
      return "{agency} vui mừng nhận được tin gia đình {recipient} đón cháu {subject}, sinh "
             "ngày {event_date}, và đã hoàn tất việc đăng ký khai sinh cho cháu.\n"
             "Thay mặt {agency}, chúng tôi xin gửi tới gia đình lời chúc mừng tốt đẹp nhất. "
             "Chúc cháu {subject} luôn mạnh khỏe, ngoan ngoãn, lớn lên trong tình yêu thương "
             "của gia đình và cộng đồng; chúc gia đình luôn mạnh khỏe, hạnh phúc.\n"
             "Trân trọng./.";
    case LetterKind::marriage_congratulation:
      return "Nhân dịp {subject} đăng ký kết hôn ngày {event_date}, {agency} xin gửi tới "
             "{recipient} lời chúc mừng chân thành nhất.\n"
             "Chúc hai bạn trăm năm hạnh phúc, luôn yêu thương, thấu hiểu, cùng nhau xây dựng "
             "gia đình no ấm, bình đẳng, tiến bộ và hạnh phúc.\n"
             "Trân trọng./.";
    case LetterKind::death_condolence:
      return "{agency} vô cùng thương tiếc nhận được tin {subject} đã từ trần ngày "
             "{event_date}.\n"
             "Thay mặt {agency}, chúng tôi xin gửi tới {recipient} lời chia buồn sâu sắc nhất. "
             "Mong gia đình sớm vượt qua nỗi đau mất mát này.\n"
             "Việc đăng ký khai tử đã được hoàn tất; {agency} sẵn sàng hỗ trợ gia đình trong "
             "các thủ tục liên quan.\n"
             "Trân trọng./.";
  }
  return "";
}

std::string letter_title(LetterKind kind) {
  return kind == LetterKind::death_condolence ? "THƯ CHIA BUỒN" : "THƯ CHÚC MỪNG";
}

std::string fill_slots(std::string_view text,
                       const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        const auto* hit = [&]() -> const std::pair<std::string, std::string>* {
          for (const auto& kv : values) {
            if (kv.first == name) return &kv;
          }
          return nullptr;
        }();
        if (hit) {
          out += hit->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

std::string letter_body(const LetterView& v) {
  const std::string tpl = v.body_template.empty() ? letter_template(v.kind) : v.body_template;
  return fill_slots(tpl, {{"recipient", v.recipient_name},
                          {"subject", v.subject_name},
                          {"event_date", v.event_date},
                          {"agency", v.agency.empty() ? v.letterhead.agency : v.agency},
                          {"date", v.date.empty() ? v.letterhead.place_date : v.date},
                          {"signer_title", v.signer_title},
                          {"signer", v.signer_name}});
}

}  // namespace motcua::render
