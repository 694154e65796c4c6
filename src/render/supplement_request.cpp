// Form 02: request to supplement or complete a dossier.
#include "motcua/render/supplement_request.hpp"

#include "form_parts.hpp"

namespace motcua::render {
namespace {

void draw_items(Document& doc, const SupplementRequestView& v) {
  bool with_reason = false;
  for (const SupplementItem& item : v.items) with_reason = with_reason || !item.reason.empty();
  Table t;
  t.size_pt = 9;
  t.columns.push_back({"TT", 0.08, Align::center});
  t.columns.push_back({"Nội dung cần bổ sung, hoàn thiện", with_reason ? 0.50 : 0.92, Align::left});
  if (with_reason) t.columns.push_back({"Lý do", 0.42, Align::left});
  int index = 0;
  for (const SupplementItem& item : v.items) {
    std::vector<std::string> row{std::to_string(++index), item.content};
    if (with_reason) row.push_back(item.reason);
    t.rows.push_back(std::move(row));
  }
  doc.table(t);
  doc.space(1.5);
}

}  // namespace

std::string supplement_request_pdf(const SupplementRequestView& v) {
  DocumentInfo info{
      "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", v.letterhead.agency,
      v.dossier_code.empty() ? v.applicant_name : detail::code_footer(v.dossier_code)};
  Document doc(PageSize::a5_portrait, {}, info);
  detail::draw_letterhead(doc, v.letterhead);
  if (v.dossier_code.empty()) {
    detail::draw_title(doc, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
  } else {
    Paragraph code{{Span{"Mã hồ sơ: "}, Span{v.dossier_code, true}}, detail::body_style()};
    code.style.align = Align::center;
    detail::draw_title(doc, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", &code);
  }

  detail::draw_field(doc, "Hồ sơ của", v.applicant_name, true);
  detail::draw_field(doc, "Nội dung yêu cầu giải quyết", v.procedure_name);
  if (!v.submitted_at.empty()) detail::draw_field(doc, "Thời gian nộp hồ sơ", v.submitted_at);
  detail::draw_contact(doc, v.applicant_address, v.applicant_phone, v.applicant_email);

  detail::draw_text(doc, "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:");
  draw_items(doc, v);
  if (!v.deadline.empty()) {
    detail::draw_spans(doc, {Span{"Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ trước: "},
                             Span{v.deadline, true}, Span{"."}});
  }
  detail::draw_text(doc, "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với " +
                             detail::or_blank(v.officer_name) + ", số điện thoại " +
                             detail::or_blank(v.contact_phone) + " để được hướng dẫn.");

  const Signer officer{"Người hướng dẫn", "(Ký và ghi rõ họ tên)", v.officer_name};
  detail::draw_signatures(doc, nullptr, officer);
  return doc.finish();
}

}  // namespace motcua::render
