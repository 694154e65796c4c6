// Tables: wrapped cells with thin borders; a row never splits, so a long list continues on the
// next page with the header row repeated.
#include <algorithm>

#include "document_impl.hpp"

namespace motcua::render {
namespace {

constexpr double kPadMm = 1.2;
constexpr double kBorderPt = 0.5;
constexpr double kHeaderGrey = 0.92;

struct Row {
  std::vector<detail::LayoutPtr> cells;
  double height = 0;
};

Row build_row(const Document::Impl& d, const Table& t, const std::vector<std::string>& texts,
              double width, bool header) {
  Row row;
  const double pad = detail::mm(kPadMm);
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    TextStyle style;
    style.size_pt = t.size_pt;
    style.bold = header;
    style.align = header ? Align::center : t.columns[c].align;
    style.line_spacing = 1.05;
    const double cell_w = width * t.columns[c].width_fraction - 2 * pad;
    const std::string& text = c < texts.size() ? texts[c] : std::string();
    row.cells.push_back(d.text_layout(text, style, std::max(cell_w, 1.0)));
    row.height = std::max(row.height, detail::layout_height(row.cells.back().get()) + 2 * pad);
  }
  return row;
}

void draw_row(cairo_t* cr, const Table& t, const Row& row, double left, double y, double width,
              bool header) {
  const double pad = detail::mm(kPadMm);
  double x = left;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const double w = width * t.columns[c].width_fraction;
    if (header) {
      cairo_set_source_rgb(cr, kHeaderGrey, kHeaderGrey, kHeaderGrey);
      cairo_rectangle(cr, x, y, w, row.height);
      cairo_fill(cr);
      cairo_set_source_rgb(cr, 0, 0, 0);
    }
    // Header cells are centred vertically; body cells start at the top like a ledger.
    const double text_h = detail::layout_height(row.cells[c].get());
    const double text_y = header ? y + (row.height - text_h) / 2 : y + pad;
    cairo_move_to(cr, x + pad, text_y);
    pango_cairo_show_layout(cr, row.cells[c].get());
    cairo_set_line_width(cr, kBorderPt);
    cairo_rectangle(cr, x, y, w, row.height);
    cairo_stroke(cr);
    x += w;
  }
}

}  // namespace

void Document::table(const Table& t) {
  Impl& d = *impl_;
  std::vector<std::string> header_texts;
  bool has_header = false;
  for (const TableColumn& c : t.columns) {
    header_texts.push_back(c.header);
    has_header = has_header || !c.header.empty();
  }
  const Row header = build_row(d, t, header_texts, d.width, true);
  const double header_h = has_header ? header.height : 0;
  bool header_on_page = false;  // the current page already shows the header row
  bool first_page = true;       // the table has not yet continued onto another page
  for (const auto& texts : t.rows) {
    const Row row = build_row(d, t, texts, d.width, false);
    if (!header_on_page) {
      // The header never stands alone at the foot of a page.
      d.ensure(header_h + row.height);
    } else if (d.y + row.height > d.bottom && !d.at_page_top()) {
      d.new_page();
      header_on_page = false;
      first_page = false;
    }
    if (!header_on_page && has_header && (first_page || t.repeat_header)) {
      draw_row(d.cr.get(), t, header, d.left, d.y, d.width, true);
      d.y += header_h;
    }
    header_on_page = true;
    draw_row(d.cr.get(), t, row, d.left, d.y, d.width, false);
    d.y += row.height;
  }
  if (t.rows.empty() && has_header) {
    d.ensure(header_h);
    draw_row(d.cr.get(), t, header, d.left, d.y, d.width, true);
    d.y += header_h;
  }
}

}  // namespace motcua::render
