// Notice that processing of a dossier stops (Circular 03/2025/TT-VPCP).
#include "motcua/render/stop_notice.hpp"

#include "form_parts.hpp"

namespace motcua::render {

std::string stop_notice_pdf(const StopNoticeView& v) {
  DocumentInfo info{"Thông báo dừng giải quyết hồ sơ " + v.dossier_code, v.letterhead.agency,
                    detail::code_footer(v.dossier_code)};
  Document doc(PageSize::a5_portrait, {}, info);
  detail::draw_letterhead(doc, v.letterhead);
  Paragraph about{{Span{"Về việc dừng giải quyết hồ sơ", true}}, detail::body_style()};
  about.style.align = Align::center;
  about.style.rule_below_mm = 20;
  detail::draw_title(doc, "Thông báo", &about);

  Paragraph to{{Span{"Kính gửi: "}, Span{detail::or_blank(v.applicant_name), true}},
               detail::body_style()};
  to.style.align = Align::center;
  doc.paragraph(to);
  if (!v.applicant_address.empty()) {
    TextStyle address = detail::body_style();
    address.align = Align::center;
    address.italic = true;
    doc.paragraph(v.applicant_address, address);
  }
  doc.space(1.5);

  const std::string& agency = v.letterhead.agency;
  const std::string& who = v.honorific;
  detail::draw_text(doc, agency + " đã tiếp nhận hồ sơ của " + who + " " +
                             detail::or_blank(v.applicant_name) + " vào " +
                             detail::or_blank(v.received_at) + ".");
  detail::draw_field(doc, "Mã hồ sơ", v.dossier_code, true);
  detail::draw_field(doc, "Nội dung yêu cầu giải quyết", v.procedure_name);
  std::string lead = v.legal_basis.empty() ? std::string() : v.legal_basis + ", ";
  lead += agency + " thông báo dừng giải quyết hồ sơ nêu trên với lý do như sau:";
  detail::draw_text(doc, lead);
  TextStyle reason = detail::body_style();
  reason.indent_mm = 4;
  detail::draw_text(doc, v.reason.empty() ? "……………………………………………………………………" : v.reason, reason);
  if (!v.disposition.empty()) detail::draw_text(doc, v.disposition);
  detail::draw_text(doc, "Xin thông báo để " + who + " được biết./.");

  const Signer signer{v.signer_title, "(Ký, ghi rõ họ tên và đóng dấu)", v.signer_name};
  detail::draw_signatures(doc, nullptr, signer);
  return doc.finish();
}

}  // namespace motcua::render
