// Page handling of render::Document: pages are first recorded (cairo recording surfaces) and
// only written into the PDF by finish(), because the "Trang i/n" footer needs the page count.
#include "motcua/render/document.hpp"

#include <cairo-pdf.h>

#include <stdexcept>
#include <utility>

#include "document_impl.hpp"

namespace motcua::render {
namespace {

using detail::mm;

struct PageDims {
  double w_mm;
  double h_mm;
};

PageDims dims(PageSize size) {
  switch (size) {
    case PageSize::a5_portrait:
      return {148, 210};
    case PageSize::a5_landscape:
      return {210, 148};
    case PageSize::a4_portrait:
      return {210, 297};
    case PageSize::a4_landscape:
      return {297, 210};
  }
  return {148, 210};
}

detail::ContextPtr make_context() {
  // The calling thread's own font map: pango font maps are not shared between threads.
  PangoFontMap* map = pango_cairo_font_map_get_default();
  detail::ContextPtr ctx(pango_font_map_create_context(map));
  // 72 dpi makes one pango point one cairo unit, the PDF user space unit.
  pango_cairo_context_set_resolution(ctx.get(), 72.0);
  detail::FontOptionsPtr options(cairo_font_options_create());
  // Unhinted metrics and unrounded positions: a PDF is scaled, never drawn on a pixel grid.
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(ctx.get(), options.get());
  pango_context_set_round_glyph_positions(ctx.get(), FALSE);
  pango_context_set_language(ctx.get(), pango_language_from_string("vi"));
  return ctx;
}

void check(cairo_status_t status, const char* what) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("render: ") + what + ": " +
                             cairo_status_to_string(status));
  }
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

detail::LayoutPtr Document::Impl::layout(const Paragraph& p, double width_pt) const {
  if (text_scale == 1.0) return detail::make_layout(ctx.get(), p, width_pt);
  Paragraph scaled = p;
  scaled.style.size_pt *= text_scale;
  return detail::make_layout(ctx.get(), scaled, width_pt);
}

detail::LayoutPtr Document::Impl::text_layout(std::string_view text, TextStyle style,
                                              double width_pt) const {
  style.size_pt *= text_scale;
  return detail::make_text_layout(ctx.get(), text, style, width_pt);
}

void Document::Impl::new_page() {
  cr.reset();
  cairo_rectangle_t extents{0, 0, page_w, page_h};
  pages.emplace_back(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents));
  cr.reset(cairo_create(pages.back().get()));
  check(cairo_status(cr.get()), "page");
  cairo_set_source_rgb(cr.get(), 0, 0, 0);
  y = top;
}

void Document::Impl::rule_below(double length) {
  const double centre = left + width / 2;
  const double rule_y = y + mm(detail::kRuleSpaceMm - 0.4);
  cairo_set_line_width(cr.get(), 0.5);
  cairo_move_to(cr.get(), centre - length / 2, rule_y);
  cairo_line_to(cr.get(), centre + length / 2, rule_y);
  cairo_stroke(cr.get());
  y += mm(detail::kRuleSpaceMm);
}

void Document::Impl::ensure(double height) {
  if (y + height > bottom && !at_page_top()) new_page();
}

void Document::Impl::flow(PangoLayout* layout, double x) {
  detail::LayoutIterPtr iter(pango_layout_get_iter(layout));
  double origin = y;  // page y of the layout's top edge
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
    const double line_top = detail::from_pango(logical.y);
    const double line_h = detail::from_pango(logical.height);
    if (origin + line_top + line_h > bottom && origin + line_top > top + 0.01) {
      new_page();
      origin = top - line_top;
    }
    const double baseline = detail::from_pango(pango_layout_iter_get_baseline(iter.get()));
    cairo_move_to(cr.get(), x + detail::from_pango(logical.x), origin + baseline);
    pango_cairo_show_layout_line(cr.get(), pango_layout_iter_get_line_readonly(iter.get()));
    y = origin + line_top + line_h;
  } while (pango_layout_iter_next_line(iter.get()));
}

Document::Document(PageSize size, Margins margins, DocumentInfo info, double text_scale)
    : impl_(std::make_unique<Impl>()) {
  impl_->text_scale = text_scale;
  const PageDims d = dims(size);
  impl_->page_w = mm(d.w_mm);
  impl_->page_h = mm(d.h_mm);
  impl_->top = mm(margins.top_mm);
  impl_->bottom = impl_->page_h - mm(margins.bottom_mm);
  impl_->left = mm(margins.left_mm);
  impl_->width = impl_->page_w - mm(margins.left_mm) - mm(margins.right_mm);
  impl_->info = std::move(info);
  impl_->ctx = make_context();
  impl_->new_page();
}

Document::~Document() = default;

double Document::content_width_mm() const { return impl_->width / detail::kPtPerMm; }

double Document::remaining_mm() const { return (impl_->bottom - impl_->y) / detail::kPtPerMm; }

void Document::paragraph(const Paragraph& p) {
  detail::LayoutPtr layout = impl_->layout(p, impl_->width);
  if (!impl_->at_page_top()) impl_->y += mm(p.style.space_before_mm);
  impl_->flow(layout.get(), impl_->left + detail::layout_x_offset(p));
  if (p.style.rule_below_mm > 0) impl_->rule_below(mm(p.style.rule_below_mm));
  impl_->y += mm(p.style.space_after_mm);
}

void Document::paragraph(std::string_view text, const TextStyle& style) {
  paragraph(Paragraph{{Span{std::string(text)}}, style});
}

void Document::columns(const std::vector<Column>& cols) {
  std::vector<std::vector<detail::LayoutPtr>> layouts(cols.size());
  double height = 0;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    const double w = impl_->width * cols[c].width_fraction;
    double h = 0;
    for (const Paragraph& p : cols[c].paragraphs) {
      layouts[c].push_back(impl_->layout(p, w));
      h += detail::block_height(layouts[c].back().get(), p.style);
    }
    height = std::max(height, h);
  }
  impl_->ensure(height);
  double x = impl_->left;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    const double w = impl_->width * cols[c].width_fraction;
    double y = impl_->y;
    for (std::size_t i = 0; i < cols[c].paragraphs.size(); ++i) {
      y = detail::draw_block(impl_->cr.get(), layouts[c][i].get(), cols[c].paragraphs[i], x, y, w);
    }
    x += w;
  }
  impl_->y += height;
}

void Document::space(double amount_mm) {
  if (!impl_->at_page_top()) impl_->y += mm(amount_mm);
}

void Document::keep_space(double amount_mm) { impl_->ensure(mm(amount_mm)); }

void Document::page_break() {
  if (!impl_->at_page_top()) impl_->new_page();
}

int Document::page_count() const { return static_cast<int>(impl_->pages.size()); }

std::string Document::finish() {
  if (impl_->finished) throw std::logic_error("render: Document::finish called twice");
  impl_->finished = true;
  impl_->cr.reset();
  std::string bytes;
  {
    detail::SurfacePtr pdf(cairo_pdf_surface_create_for_stream(append_to_string, &bytes,
                                                               impl_->page_w, impl_->page_h));
    check(cairo_surface_status(pdf.get()), "pdf surface");
    const DocumentInfo& info = impl_->info;
    if (!info.title.empty()) {
      cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_TITLE, info.title.c_str());
    }
    if (!info.author.empty()) {
      cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_AUTHOR, info.author.c_str());
    }
    cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_CREATOR, "motcua");
    // Cairo would stamp the current time; an empty date leaves it out, so the bytes depend
    // only on the content and a re-print is identical.
    cairo_pdf_surface_set_metadata(pdf.get(), CAIRO_PDF_METADATA_CREATE_DATE, "");
    const int total = page_count();
    for (int i = 0; i < total; ++i) {
      detail::CairoPtr cr(cairo_create(pdf.get()));
      cairo_set_source_surface(cr.get(), impl_->pages[static_cast<std::size_t>(i)].get(), 0, 0);
      cairo_paint(cr.get());
      if (total > 1) impl_->draw_footer(cr.get(), i + 1, total);
      cairo_show_page(cr.get());
      check(cairo_status(cr.get()), "page");
    }
    cairo_surface_finish(pdf.get());
    check(cairo_surface_status(pdf.get()), "pdf finish");
  }
  return bytes;
}

void Document::Impl::draw_footer(cairo_t* cr, int page, int total) const {
  TextStyle style;
  style.size_pt = 8;
  style.italic = true;
  const double footer_y = bottom + mm(4);
  cairo_set_source_rgb(cr, 0, 0, 0);
  if (!info.footer.empty()) {
    detail::LayoutPtr note = text_layout(info.footer, style, width * 0.7);
    cairo_move_to(cr, left, footer_y);
    pango_cairo_show_layout(cr, note.get());
  }
  style.align = Align::right;
  const std::string label = "Trang " + std::to_string(page) + "/" + std::to_string(total);
  detail::LayoutPtr number = text_layout(label, style, width);
  cairo_move_to(cr, left, footer_y);
  pango_cairo_show_layout(cr, number.get());
}

}  // namespace motcua::render
