// Congratulation and condolence letters on A5.
#include "motcua/render/letter.hpp"

#include "form_parts.hpp"

namespace motcua::render {

std::string letter_pdf(const LetterView& v) {
  DocumentInfo info{letter_title(v.kind), v.letterhead.agency, v.recipient_name};
  Margins margins;
  margins.top_mm = 14;
  Document doc(PageSize::a5_portrait, margins, info);
  detail::draw_letterhead(doc, v.letterhead);
  doc.space(3);
  detail::draw_title(doc, letter_title(v.kind));

  Paragraph to{{Span{"Kính gửi: "}, Span{detail::or_blank(v.recipient_name), true}},
               detail::body_style()};
  to.style.size_pt = 10.5;
  to.style.align = Align::center;
  doc.paragraph(to);
  if (!v.recipient_address.empty()) {
    TextStyle address = detail::body_style();
    address.align = Align::center;
    address.italic = true;
    doc.paragraph(v.recipient_address, address);
  }
  doc.space(3);

  // Letters read as prose: larger type, first-line indent and air between paragraphs.
  TextStyle body = detail::body_style();
  body.size_pt = 10.5;
  body.first_line_mm = 8;
  body.space_after_mm = 2;
  body.line_spacing = 1.2;
  detail::draw_text(doc, letter_body(v), body);

  const Signer signer{v.signer_title.empty() ? "Thủ trưởng cơ quan" : v.signer_title, "",
                      v.signer_name};
  detail::draw_signatures(doc, nullptr, signer);
  return doc.finish();
}

}  // namespace motcua::render
