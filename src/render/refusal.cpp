// Form 03: refusal to receive and process a dossier.
#include "motcua/render/refusal.hpp"

#include "form_parts.hpp"

namespace motcua::render {

std::string refusal_pdf(const RefusalView& v) {
  DocumentInfo info{
      "Phiếu từ chối tiếp nhận giải quyết hồ sơ", v.letterhead.agency,
      v.dossier_code.empty() ? v.applicant_name : detail::code_footer(v.dossier_code)};
  Document doc(PageSize::a5_portrait, {}, info);
  detail::draw_letterhead(doc, v.letterhead);
  if (v.dossier_code.empty()) {
    detail::draw_title(doc, "Phiếu từ chối tiếp nhận giải quyết hồ sơ");
  } else {
    Paragraph code{{Span{"Mã hồ sơ: "}, Span{v.dossier_code, true}}, detail::body_style()};
    code.style.align = Align::center;
    detail::draw_title(doc, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", &code);
  }

  detail::draw_field(doc, v.letterhead.agency + " tiếp nhận hồ sơ của", v.applicant_name, true);
  detail::draw_contact(doc, v.applicant_address, v.applicant_phone, v.applicant_email);
  detail::draw_field(doc, "Nội dung yêu cầu giải quyết", v.procedure_name);
  if (!v.submitted_at.empty()) detail::draw_field(doc, "Thời gian nộp hồ sơ", v.submitted_at);

  detail::draw_text(doc, "Qua xem xét, " + v.letterhead.agency +
                             " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể "
                             "như sau:");
  TextStyle reason = detail::body_style();
  reason.indent_mm = 4;
  detail::draw_text(doc, v.reason.empty() ? "……………………………………………………………………" : v.reason, reason);
  detail::draw_text(doc, "Xin thông báo để Ông/Bà được biết và thực hiện./.");

  const Signer signer{v.signer_title, "(Ký và ghi rõ họ tên)", v.signer_name};
  detail::draw_signatures(doc, nullptr, signer);
  return doc.finish();
}

}  // namespace motcua::render
