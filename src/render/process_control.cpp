// Form 06 (Circular 03/2025; Form 05 under Circular 01/2018): process control sheet.
#include "motcua/render/process_control.hpp"

#include "form_parts.hpp"

namespace motcua::render {
namespace {

std::string party(const std::string& unit, const std::string& name) {
  if (name.empty()) return unit;
  if (unit.empty()) return name;
  return unit + "\n" + name;
}

void draw_handoffs(Document& doc, const ProcessControlView& v) {
  Table t;
  t.size_pt = 8.5;
  t.columns = {{"TT", 0.05, Align::center},
               {"Bên giao", 0.19, Align::left},
               {"Bên nhận", 0.19, Align::left},
               {"Thời gian giao, nhận", 0.14, Align::center},
               {"Hạn xử lý của bước", 0.14, Align::center},
               {"Kết quả", 0.10, Align::center},
               {"Ghi chú", 0.10, Align::left},
               {"Ký giao, nhận", 0.09, Align::left}};
  int index = 0;
  for (const Handoff& h : v.handoffs) {
    t.rows.push_back({std::to_string(++index), party(h.giver_unit, h.giver_name),
                      party(h.receiver_unit, h.receiver_name), h.handed_at, h.step_deadline,
                      step_result_label(h.result), h.note, ""});
  }
  for (int i = 0; i < v.blank_rows; ++i) {
    // Two empty lines give room for a handwritten unit and name.
    t.rows.push_back({std::to_string(++index), "\n", "", "", "", "", "", ""});
  }
  doc.table(t);
  TextStyle note = detail::body_style();
  note.size_pt = 8;
  note.italic = true;
  note.space_before_mm = 1;
  doc.paragraph(
      "Kết quả: trước hạn, đúng hạn hoặc quá hạn so với hạn xử lý của bước; bên giao "
      "và bên nhận cùng ký khi giao, nhận hồ sơ giấy.",
      note);
}

}  // namespace

std::string step_result_label(StepResult result) {
  switch (result) {
    case StepResult::early:
      return "Trước hạn";
    case StepResult::on_time:
      return "Đúng hạn";
    case StepResult::late:
      return "Quá hạn";
    case StepResult::pending:
      break;
  }
  return "";
}

std::string process_control_pdf(const ProcessControlView& v) {
  DocumentInfo info{"Phiếu kiểm soát quá trình giải quyết hồ sơ " + v.dossier_code,
                    v.letterhead.agency, detail::code_footer(v.dossier_code)};
  const bool a4 = v.page_size != PageSize::a5_landscape;
  Margins margins;
  if (a4) {
    // Decree 30/2020 margins for A4, trimmed a little: the sheet is a working record.
    margins = {15, 15, 18, 25};
  } else {
    margins.top_mm = 10;
    margins.left_mm = 15;
  }
  Document doc(a4 ? PageSize::a4_portrait : PageSize::a5_landscape, margins, info, a4 ? 1.2 : 1.0);
  detail::draw_letterhead(doc, v.letterhead);
  Paragraph code{{Span{"Mã hồ sơ: "}, Span{detail::or_blank(v.dossier_code), true}},
                 detail::body_style()};
  code.style.align = Align::center;
  detail::draw_title(doc, "Phiếu kiểm soát quá trình giải quyết hồ sơ", &code);

  if (!v.receipt_number.empty()) {
    TextStyle italic = detail::body_style();
    italic.align = Align::center;
    italic.italic = true;
    doc.paragraph("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: " + v.receipt_number + ")",
                  italic);
  }
  detail::draw_spans(
      doc, {Span{"Người nộp hồ sơ: "}, Span{detail::or_blank(v.applicant_name), true},
            Span{"; Nội dung yêu cầu giải quyết: " + detail::or_blank(v.procedure_name)}});
  detail::draw_spans(doc, {Span{"Thời gian nhận hồ sơ: " + detail::or_blank(v.received_at) +
                                "; Thời gian trả kết quả: "},
                           Span{detail::or_blank(v.due_at), true}});
  detail::draw_field(doc, "Cơ quan (bộ phận) giải quyết hồ sơ", v.lead_agency);
  if (!v.coordinating_agencies.empty()) {
    detail::draw_field(doc, "Cơ quan phối hợp giải quyết hồ sơ", v.coordinating_agencies);
  }
  doc.space(1);
  draw_handoffs(doc, v);
  return doc.finish();
}

}  // namespace motcua::render
