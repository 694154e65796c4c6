// Form 01: receipt and appointment.
#include "motcua/render/receipt.hpp"

#include <cstdio>

#include "form_parts.hpp"

namespace motcua::render {
namespace {

using detail::draw_field;
using detail::draw_text;

constexpr const char* kDefaultLookupNote =
    "Tra cứu tình trạng giải quyết hồ sơ: quét mã QR hoặc truy cập địa chỉ dưới đây và nhập mã "
    "hồ sơ. Vui lòng mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả này khi đến nhận kết "
    "quả.";

std::string two_digits(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

void draw_documents(Document& doc, const ReceiptView& v) {
  bool with_form = false;
  for (const ReceivedDocument& d : v.documents) with_form = with_form || !d.form.empty();
  Table t;
  t.size_pt = 9;
  t.columns.push_back({"TT", 0.08, Align::center});
  t.columns.push_back({"Tên giấy tờ", with_form ? 0.56 : 0.76, Align::left});
  if (with_form) t.columns.push_back({"Hình thức", 0.20, Align::left});
  t.columns.push_back({"Số lượng", 0.16, Align::center});
  int index = 0;
  for (const ReceivedDocument& d : v.documents) {
    std::vector<std::string> row{std::to_string(++index), d.name};
    if (with_form) row.push_back(d.form);
    row.push_back(two_digits(d.copies));
    t.rows.push_back(std::move(row));
  }
  doc.table(t);
  doc.space(1.5);
}

void draw_lookup(Document& doc, const ReceiptView& v) {
  if (v.lookup_url.empty()) return;
  TextStyle note = detail::body_style();
  note.size_pt = 8.5;
  note.align = Align::left;
  TextStyle url = note;
  url.size_pt = 8;
  std::vector<Paragraph> beside{
      {{Span{v.lookup_note.empty() ? kDefaultLookupNote : v.lookup_note, false, true}}, note},
      {{Span{v.lookup_url}}, url}};
  doc.qr_block(v.lookup_url, 19, beside);
}

}  // namespace

std::string receipt_pdf(const ReceiptView& v) {
  DocumentInfo info{"Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + v.dossier_code,
                    v.letterhead.agency, detail::code_footer(v.dossier_code)};
  Document doc(PageSize::a5_portrait, {}, info);
  detail::draw_letterhead(doc, v.letterhead);

  Paragraph code{{Span{"Mã hồ sơ: "}, Span{detail::or_blank(v.dossier_code), true}},
                 detail::body_style()};
  code.style.align = Align::center;
  detail::draw_title(doc, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", &code);

  draw_field(doc, "Tiếp nhận hồ sơ của", v.applicant_name, true);
  draw_field(doc, "Địa chỉ", v.applicant_address);
  std::string phone = detail::or_blank(v.applicant_phone);
  if (!v.applicant_email.empty()) phone += "; Email: " + v.applicant_email;
  draw_field(doc, "Số điện thoại", phone);
  std::string procedure = v.procedure_name;
  if (!v.procedure_code.empty()) procedure += " (mã thủ tục: " + v.procedure_code + ")";
  draw_field(doc, "Nội dung yêu cầu giải quyết", procedure);
  draw_field(doc, "Hình thức nộp hồ sơ", v.channel_label);

  draw_text(doc, "1. Thành phần hồ sơ nộp gồm:");
  draw_documents(doc, v);
  int item = 2;
  auto numbered = [&item](const char* label) { return std::to_string(item++) + ". " + label; };
  if (!v.processing_time.empty()) {
    draw_field(doc, numbered("Thời gian giải quyết hồ sơ theo quy định"), v.processing_time);
  }
  draw_field(doc, numbered("Thời gian nhận hồ sơ"), v.received_at);
  draw_field(doc, numbered("Thời gian trả kết quả giải quyết hồ sơ"), v.due_at, true);
  if (!v.result_delivery.empty()) {
    draw_field(doc, numbered("Đăng ký nhận kết quả tại"), v.result_delivery);
  }
  draw_text(doc, "Vào Sổ theo dõi hồ sơ, Quyển số: " + detail::or_blank(v.book_volume) +
                     ", Số thứ tự: " + detail::or_blank(v.book_entry));
  draw_lookup(doc, v);

  Signer applicant{"Người nộp hồ sơ", "(Ký và ghi rõ họ tên)", v.applicant_name};
  Signer officer{"Người tiếp nhận hồ sơ", "(Ký và ghi rõ họ tên)", v.officer_name};
  detail::draw_signatures(doc, &applicant, officer);

  return doc.finish();
}

}  // namespace motcua::render
