// Letterhead, title, fields and signatures in the layout of the forms annexed to
// Circular 01/2018/TT-VPCP and Circular 03/2025/TT-VPCP (presentation per Decree 30/2020).
#include "form_parts.hpp"

#include <algorithm>
#include <cstdio>

namespace motcua::render {
namespace detail {
namespace {

// Letterhead sizes: Decree 30/2020's 12–13 pt agency lines and 13–14 pt motto scaled to A5.
constexpr double kHeadPt = 9;
constexpr double kLeftFraction = 0.42;  // the motto needs the wider right column
constexpr double kGapFraction = 0.03;

Paragraph centred(std::string text, double size, bool bold, bool italic = false) {
  Paragraph p{{Span{std::move(text)}}, {}};
  p.style.size_pt = size;
  p.style.align = Align::center;
  p.style.bold = bold;
  p.style.italic = italic;
  p.style.space_after_mm = 0.3;
  p.style.line_spacing = 1.05;
  return p;
}

}  // namespace

TextStyle body_style() {
  TextStyle s;
  s.size_pt = kBodyPt;
  s.align = Align::justify;
  s.space_after_mm = 0.5;
  s.line_spacing = 1.06;
  return s;
}

std::string or_blank(std::string_view value) {
  return value.empty() ? std::string("……………………") : std::string(value);
}

std::string code_footer(std::string_view dossier_code) {
  return dossier_code.empty() ? std::string() : "Mã hồ sơ: " + std::string(dossier_code);
}

void draw_letterhead(Document& doc, const Letterhead& head) {
  Column left{kLeftFraction, {}};
  if (!head.parent_agency.empty()) {
    Paragraph parent = centred(to_upper_vi(head.parent_agency), kHeadPt - 0.5, false);
    parent.style.shrink_to_fit = true;
    left.paragraphs.push_back(parent);
  }
  Paragraph agency = centred(to_upper_vi(head.agency), kHeadPt, true);
  agency.style.rule_below_mm = 16;
  left.paragraphs.push_back(agency);

  Column right{1 - kLeftFraction - kGapFraction, {}};
  Paragraph nation = centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", kHeadPt, true);
  nation.style.shrink_to_fit = true;
  right.paragraphs.push_back(nation);
  Paragraph motto = centred("Độc lập - Tự do - Hạnh phúc", kHeadPt + 0.5, true);
  motto.style.rule_below_mm = 44;
  right.paragraphs.push_back(motto);
  doc.columns({left, Column{kGapFraction, {}}, right});

  doc.space(1.5);
  Column number{
      kLeftFraction,
      {centred("Số: " + (head.number.empty() ? std::string("………") : head.number), kHeadPt, false)}};
  Column date{1 - kLeftFraction - kGapFraction,
              {centred(head.place_date.empty() ? "……, ngày … tháng … năm ……" : head.place_date,
                       kHeadPt, false, true)}};
  doc.columns({number, Column{kGapFraction, {}}, date});
  doc.space(3);
}

void draw_agency_block(Document& doc, const Letterhead& head) {
  Column left{kLeftFraction * 0.8, {}};
  if (!head.parent_agency.empty()) {
    Paragraph parent = centred(to_upper_vi(head.parent_agency), kHeadPt, false);
    parent.style.shrink_to_fit = true;
    left.paragraphs.push_back(parent);
  }
  Paragraph agency = centred(to_upper_vi(head.agency), kHeadPt + 0.5, true);
  agency.style.rule_below_mm = 20;
  left.paragraphs.push_back(agency);
  doc.columns({left, Column{1 - kLeftFraction * 0.8, {}}});
  doc.space(3);
}

void draw_title(Document& doc, std::string_view title, const Paragraph* subtitle) {
  Paragraph p = centred(to_upper_vi(title), 11.5, true);
  p.style.space_after_mm = subtitle ? 0.5 : 2.5;
  // A title never sits alone at the foot of a page.
  doc.keep_space(30);
  doc.paragraph(p);
  if (subtitle) {
    doc.paragraph(*subtitle);
    doc.space(1.5);
  }
}

void draw_field(Document& doc, std::string_view label, std::string_view value, bool bold_value) {
  Paragraph p{{Span{std::string(label) + ": "}, Span{or_blank(value), bold_value}}, body_style()};
  p.style.align = Align::left;
  doc.paragraph(p);
}

void draw_signatures(Document& doc, const Signer* left, const Signer& right) {
  auto column = [](const Signer& s, double fraction) {
    Column c{fraction, {}};
    Paragraph title = centred(to_upper_vi(s.title), kBodyPt, true);
    c.paragraphs.push_back(title);
    if (!s.note.empty()) c.paragraphs.push_back(centred(s.note, kBodyPt - 1, false, true));
    Paragraph name = centred(s.name.empty() ? std::string(" ") : s.name, kBodyPt, true);
    name.style.space_before_mm = 15;  // room for the handwritten signature (and the seal)
    c.paragraphs.push_back(name);
    return c;
  };
  doc.space(2);
  if (left) {
    doc.columns({column(*left, 0.5), column(right, 0.5)});
  } else {
    doc.columns({Column{0.45, {}}, column(right, 0.55)});
  }
}

void draw_text(Document& doc, std::string_view text, const TextStyle& style) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    doc.paragraph(text.substr(start, end - start), style);
    start = end + 1;
  }
}

void draw_spans(Document& doc, std::vector<Span> spans) {
  doc.paragraph(Paragraph{std::move(spans), body_style()});
}

void draw_contact(Document& doc, std::string_view address, std::string_view phone,
                  std::string_view email) {
  draw_field(doc, "Địa chỉ", address);
  std::string line = or_blank(phone);
  if (!email.empty()) line += "; Email: " + std::string(email);
  draw_field(doc, "Số điện thoại", line);
}

}  // namespace detail

std::string place_date_line(std::string_view place, int year, int month, int day) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "ngày %s%d tháng %s%d năm %d", day < 10 ? "0" : "", day,
                month < 3 ? "0" : "", month, year);
  return std::string(place) + ", " + buf;
}

}  // namespace motcua::render
