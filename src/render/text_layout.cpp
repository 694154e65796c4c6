// Paragraph → PangoLayout. Spans become pango markup with every piece of caller text escaped,
// so names such as "Công ty A & B <Việt Nam>" are printed as written.
#include <algorithm>
#include <string>

#include "document_impl.hpp"

namespace motcua::render::detail {
namespace {

constexpr const char* kFamily = "Noto Serif";
// Below this share of the requested size a line wraps instead of shrinking further.
constexpr double kMinShrink = 0.8;

std::string escape(std::string_view text) {
  GCharPtr escaped(g_markup_escape_text(text.data(), static_cast<gssize>(text.size())));
  return escaped.get();
}

std::string markup_of(const Paragraph& p) {
  std::string out;
  for (const Span& s : p.spans) {
    if (s.bold) out += "<b>";
    if (s.italic) out += "<i>";
    out += escape(s.text);
    if (s.italic) out += "</i>";
    if (s.bold) out += "</b>";
  }
  return out;
}

PangoAlignment pango_align(Align a) {
  switch (a) {
    case Align::center:
      return PANGO_ALIGN_CENTER;
    case Align::right:
      return PANGO_ALIGN_RIGHT;
    case Align::left:
    case Align::justify:
      break;
  }
  return PANGO_ALIGN_LEFT;
}

void set_font(PangoLayout* layout, const TextStyle& style, double size_pt) {
  FontDescriptionPtr font(pango_font_description_new());
  pango_font_description_set_family(font.get(), kFamily);
  pango_font_description_set_size(font.get(), static_cast<gint>(size_pt * PANGO_SCALE));
  if (style.bold) pango_font_description_set_weight(font.get(), PANGO_WEIGHT_BOLD);
  if (style.italic) pango_font_description_set_style(font.get(), PANGO_STYLE_ITALIC);
  pango_layout_set_font_description(layout, font.get());
}

double text_box_width(const Paragraph& p, double width_pt) { return width_pt - layout_x_offset(p); }

LayoutPtr build(PangoContext* ctx, const std::string& markup, const TextStyle& style,
                double size_pt, double width_pt, bool wrap) {
  LayoutPtr layout(pango_layout_new(ctx));
  set_font(layout.get(), style, size_pt);
  pango_layout_set_markup(layout.get(), markup.c_str(), -1);
  pango_layout_set_alignment(layout.get(), pango_align(style.align));
  pango_layout_set_justify(layout.get(), style.align == Align::justify);
  pango_layout_set_line_spacing(layout.get(), static_cast<float>(style.line_spacing));
  pango_layout_set_indent(layout.get(), static_cast<int>(mm(style.first_line_mm) * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  if (wrap) pango_layout_set_width(layout.get(), static_cast<int>(width_pt * PANGO_SCALE));
  return layout;
}

}  // namespace

double layout_height(PangoLayout* layout) {
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  return from_pango(logical.height);
}

double layout_x_offset(const Paragraph& p) {
  const double first = p.style.first_line_mm < 0 ? p.style.first_line_mm : 0;
  return mm(p.style.indent_mm + first);
}

LayoutPtr make_layout(PangoContext* ctx, const Paragraph& p, double width_pt) {
  const std::string markup = markup_of(p);
  const double box = text_box_width(p, width_pt);
  if (p.style.shrink_to_fit) {
    // Letterhead lines must stay on one line; long agency names get a smaller size instead.
    LayoutPtr probe = build(ctx, markup, p.style, p.style.size_pt, box, false);
    PangoRectangle logical;
    pango_layout_get_extents(probe.get(), nullptr, &logical);
    const double natural = from_pango(logical.width);
    if (natural > box && natural > 0) {
      double size = p.style.size_pt * box / natural;
      size = std::max(p.style.size_pt * kMinShrink,
                      static_cast<double>(static_cast<int>(size * 10)) / 10.0);
      return build(ctx, markup, p.style, size, box, true);
    }
  }
  return build(ctx, markup, p.style, p.style.size_pt, box, true);
}

LayoutPtr make_text_layout(PangoContext* ctx, std::string_view text, const TextStyle& style,
                           double width_pt) {
  Paragraph p{{Span{std::string(text)}}, style};
  return make_layout(ctx, p, width_pt);
}

double block_height(PangoLayout* layout, const TextStyle& style) {
  double h = mm(style.space_before_mm) + layout_height(layout) + mm(style.space_after_mm);
  if (style.rule_below_mm > 0) h += mm(kRuleSpaceMm);
  return h;
}

double draw_block(cairo_t* cr, PangoLayout* layout, const Paragraph& p, double x, double y,
                  double box_width) {
  y += mm(p.style.space_before_mm);
  cairo_move_to(cr, x + layout_x_offset(p), y);
  pango_cairo_show_layout(cr, layout);
  y += layout_height(layout);
  if (p.style.rule_below_mm > 0) {
    const double centre = x + box_width / 2;
    const double half = mm(p.style.rule_below_mm) / 2;
    const double rule_y = y + mm(kRuleSpaceMm - 0.4);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, centre - half, rule_y);
    cairo_line_to(cr, centre + half, rule_y);
    cairo_stroke(cr);
    y += mm(kRuleSpaceMm);
  }
  return y + mm(p.style.space_after_mm);
}

}  // namespace motcua::render::detail
