// QR codes drawn as vector squares so they stay sharp at any print resolution.
#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <string>

#include "document_impl.hpp"

namespace motcua::render {
namespace {

detail::QrPtr encode(std::string_view payload) {
  // libqrencode keeps lazily built lookup tables; it only guards them when built with pthread
  // support, so one lock keeps concurrent server threads safe whatever the build.
  static std::mutex mutex;
  const std::string text(payload);
  std::lock_guard<std::mutex> lock(mutex);
  // Level M (15 % recovery) survives a smudged counter printout; 8-bit mode takes any URL.
  detail::QrPtr qr(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M));
  if (!qr) throw std::runtime_error("render: QR payload cannot be encoded");
  return qr;
}

void draw_qr(cairo_t* cr, const QRcode& qr, double x, double y, double size) {
  const double module = size / qr.width;
  for (int row = 0; row < qr.width; ++row) {
    int col = 0;
    while (col < qr.width) {
      // Bit 0 of each byte is the module colour; a run of dark modules is one rectangle.
      if (!(qr.data[row * qr.width + col] & 1)) {
        ++col;
        continue;
      }
      const int start = col;
      while (col < qr.width && (qr.data[row * qr.width + col] & 1)) ++col;
      cairo_rectangle(cr, x + start * module, y + row * module, (col - start) * module, module);
    }
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_fill(cr);
}

}  // namespace

void Document::qr_block(std::string_view payload, double size_mm,
                        const std::vector<Paragraph>& beside) {
  Impl& d = *impl_;
  const detail::QrPtr qr = encode(payload);
  const double size = detail::mm(size_mm);
  const double gap = std::max(detail::mm(4), 4 * size / qr->width);
  const double text_w = d.width - size - gap;
  std::vector<detail::LayoutPtr> layouts;
  double text_h = 0;
  for (const Paragraph& p : beside) {
    layouts.push_back(d.layout(p, text_w));
    text_h += detail::block_height(layouts.back().get(), p.style);
  }
  // Scanners need a quiet zone of four modules around the code; the page margin gives it on
  // the left, the gap on the right, and this keeps other blocks as far above and below.
  const double quiet = 4 * size / qr->width;
  d.ensure(2 * quiet + std::max(size, text_h));
  if (!d.at_page_top()) d.y += quiet;
  draw_qr(d.cr.get(), *qr, d.left, d.y, size);
  double y = d.y;
  for (std::size_t i = 0; i < beside.size(); ++i) {
    y = detail::draw_block(d.cr.get(), layouts[i].get(), beside[i], d.left + size + gap, y, text_w);
  }
  d.y += std::max(size, text_h) + quiet;
}

}  // namespace motcua::render
