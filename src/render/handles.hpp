#pragma once
// Owning handles for the C objects of cairo, pango, glib and libqrencode, so that every exit
// path (including exceptions from a failed surface) releases them.
#include <cairo.h>
#include <glib-object.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

#include <memory>

namespace motcua::render::detail {

struct CairoSurfaceFree {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoFree {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct FontOptionsFree {
  void operator()(cairo_font_options_t* o) const { cairo_font_options_destroy(o); }
};
struct GObjectFree {
  void operator()(void* o) const { g_object_unref(o); }
};
struct FontDescriptionFree {
  void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
};
struct LayoutIterFree {
  void operator()(PangoLayoutIter* i) const { pango_layout_iter_free(i); }
};
struct GFree {
  void operator()(char* p) const { g_free(p); }
};
struct QrFree {
  void operator()(QRcode* q) const { QRcode_free(q); }
};

using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoSurfaceFree>;
using CairoPtr = std::unique_ptr<cairo_t, CairoFree>;
using FontOptionsPtr = std::unique_ptr<cairo_font_options_t, FontOptionsFree>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectFree>;
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectFree>;
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;
using LayoutIterPtr = std::unique_ptr<PangoLayoutIter, LayoutIterFree>;
using GCharPtr = std::unique_ptr<char, GFree>;
using QrPtr = std::unique_ptr<QRcode, QrFree>;

}  // namespace motcua::render::detail
