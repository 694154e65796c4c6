// Form 07: the tracking book.
#include "motcua/render/tracking_book.hpp"

#include "form_parts.hpp"

namespace motcua::render {

const std::vector<TrackingBookColumn>& tracking_book_columns() {
  static const std::vector<TrackingBookColumn> columns = {
      {"TT", 0.035, Align::center},
      {"Mã hồ sơ", 0.10, Align::left},
      {"Tên thủ tục hành chính", 0.14, Align::left},
      {"Số lượng hồ sơ (bộ)", 0.04, Align::center},
      {"Tên cá nhân, tổ chức", 0.09, Align::left},
      {"Địa chỉ, số điện thoại", 0.10, Align::left},
      {"Cơ quan chủ trì giải quyết", 0.085, Align::left},
      {"Ngày nhận hồ sơ", 0.06, Align::center},
      {"Ngày hẹn trả kết quả", 0.06, Align::center},
      {"Ngày chuyển hồ sơ đến cơ quan giải quyết", 0.06, Align::center},
      {"Ngày nhận kết quả từ cơ quan giải quyết", 0.06, Align::center},
      {"Ngày trả kết quả cho cá nhân, tổ chức", 0.06, Align::center},
      {"Ký nhận", 0.045, Align::center},
      {"Ghi chú", 0.065, Align::left},
  };
  return columns;
}

std::string tracking_book_pdf(const TrackingBookView& v) {
  DocumentInfo info{v.title + " " + v.volume, v.letterhead.agency, v.volume};
  Document doc(PageSize::a4_landscape, Margins{12, 12, 14, 15}, info);
  detail::draw_agency_block(doc, v.letterhead);
  Paragraph sub{{Span{v.volume}}, detail::body_style()};
  sub.style.align = Align::center;
  detail::draw_title(doc, v.title, &sub);
  if (!v.period.empty()) {
    Paragraph period{{Span{v.period, false, true}}, detail::body_style()};
    period.style.align = Align::center;
    doc.paragraph(period);
    doc.space(2);
  }
  Table t;
  t.size_pt = 7.5;
  for (const auto& c : tracking_book_columns())
    t.columns.push_back({c.header, c.width_fraction, c.align});
  t.rows = v.rows;
  for (auto& row : t.rows) row.resize(t.columns.size());
  doc.table(t);
  if (v.rows.empty()) detail::draw_text(doc, "Không có hồ sơ nào trong kỳ này.");
  return doc.finish();
}

}  // namespace motcua::render
