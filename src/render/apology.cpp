// Form 04: apology and new appointment for a dossier that will be late.
#include "motcua/render/apology.hpp"

#include "form_parts.hpp"

namespace motcua::render {

std::string apology_pdf(const ApologyView& v) {
  const std::string title = v.title.empty() ? form_title(FormKind::apology, v.edition) : v.title;
  DocumentInfo info{title + " " + v.dossier_code, v.letterhead.agency,
                    detail::code_footer(v.dossier_code)};
  Document doc(PageSize::a5_portrait, {}, info);
  detail::draw_letterhead(doc, v.letterhead);
  detail::draw_title(doc, title);

  Paragraph to{{Span{"Kính gửi: "}, Span{detail::or_blank(v.applicant_name), true}},
               detail::body_style()};
  to.style.align = Align::center;
  to.style.space_after_mm = 2;
  doc.paragraph(to);

  const std::string& agency = v.letterhead.agency;
  const std::string& who = v.honorific;
  detail::draw_spans(doc, {Span{"Ngày " + detail::or_blank(v.received_date) + ", " + agency +
                                " tiếp nhận giải quyết hồ sơ của " + who + " "},
                           Span{detail::or_blank(v.applicant_name), true}, Span{"."}});
  detail::draw_field(doc, "Nội dung yêu cầu giải quyết", v.procedure_name);
  detail::draw_field(doc, "Mã hồ sơ", v.dossier_code, true);
  detail::draw_field(doc, "Thời hạn trả kết quả giải quyết hồ sơ theo giấy hẹn", v.original_due_at);
  detail::draw_text(doc, "Tuy nhiên đến nay, " + agency +
                             " chưa trả kết quả giải quyết hồ sơ của " + who + " đúng hạn.");
  detail::draw_field(doc, "Lý do", v.reason);
  // Circular 01/2018 sets a new appointment; Circular 03/2025 asks to extend the time.
  const std::string ask = v.edition == FormEdition::circular_03_2025
                              ? " và đề nghị gia hạn thời gian giải quyết hồ sơ, hẹn trả kết quả "
                                "vào: "
                              : " và hẹn trả kết quả giải quyết hồ sơ vào: ";
  detail::draw_spans(doc, {Span{"Sự chậm trễ này đã gây phiền hà cho " + who + ". " + agency +
                                " xin lỗi " + who + ask},
                           Span{detail::or_blank(v.new_due_at), true}, Span{"."}});
  detail::draw_text(doc, "Xin trân trọng cảm ơn./.");

  const Signer signer{v.signer_title, "(Ký, ghi rõ họ tên và đóng dấu)", v.signer_name};
  detail::draw_signatures(doc, nullptr, signer);
  return doc.finish();
}

}  // namespace motcua::render
