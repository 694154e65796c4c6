#pragma once
// Private state of render::Document shared by its .cpp files (text, tables, QR).
#include <vector>

#include "handles.hpp"
#include "motcua/render/document.hpp"

namespace motcua::render::detail {

constexpr double kPtPerMm = 72.0 / 25.4;
// Room between a line of text and a rule under it: clear of Vietnamese dots below (ậ, ộ).
constexpr double kRuleSpaceMm = 1.6;
inline double mm(double v) { return v * kPtPerMm; }
inline double from_pango(int units) { return static_cast<double>(units) / PANGO_SCALE; }

// Height of a layout in points (its logical extents).
double layout_height(PangoLayout* layout);

// Builds a wrapped layout of `p` for a box `width_pt` wide (the paragraph's own indents are
// applied inside that box). Never returns null.
LayoutPtr make_layout(PangoContext* ctx, const Paragraph& p, double width_pt);

// Plain text in one style, e.g. a table cell.
LayoutPtr make_text_layout(PangoContext* ctx, std::string_view text, const TextStyle& style,
                           double width_pt);

// Horizontal offset of a paragraph's layout inside its box (left indent, hanging indent).
double layout_x_offset(const Paragraph& p);

// Height a paragraph takes in a non-flowing block (columns): spacing, text and rule.
double block_height(PangoLayout* layout, const TextStyle& style);

// Draws a paragraph in a non-flowing block at (x, y) and returns the y below it.
double draw_block(cairo_t* cr, PangoLayout* layout, const Paragraph& p, double x, double y,
                  double box_width);

}  // namespace motcua::render::detail

namespace motcua::render {

struct Document::Impl {
  double page_w = 0;
  double page_h = 0;
  double top = 0;     // page y where content starts
  double bottom = 0;  // page y where content must end
  double left = 0;
  double width = 0;
  DocumentInfo info;
  double text_scale = 1.0;

  detail::ContextPtr ctx;
  std::vector<detail::SurfacePtr> pages;  // recorded pages, replayed into the PDF by finish()
  detail::CairoPtr cr;                    // draws on pages.back()
  double y = 0;
  bool finished = false;

  // Layouts at this document's text scale.
  detail::LayoutPtr layout(const Paragraph& p, double width_pt) const;
  detail::LayoutPtr text_layout(std::string_view text, TextStyle style, double width_pt) const;

  void new_page();
  // A short centred rule under the text just drawn, as under a letterhead or a subtitle.
  void rule_below(double length);
  // Starts a new page when a block of `height` would cross the bottom, unless the page is
  // still empty (an oversize block is then drawn as it is rather than looping forever).
  void ensure(double height);
  bool at_page_top() const { return y <= top + 0.01; }
  // Draws a wrapped layout line by line from the cursor, breaking pages between lines.
  void flow(PangoLayout* layout, double x);
  // "Trang i/n" and info.footer at the foot of a page of a multi-page document.
  void draw_footer(cairo_t* cr, int page, int total) const;
};

}  // namespace motcua::render
