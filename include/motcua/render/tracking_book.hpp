#pragma once
// Form 07 "Sổ theo dõi hồ sơ" (tracking book) of Circular 03/2025/TT-VPCP, form 06 of Circular
// 01/2018/TT-VPCP: one row per dossier the one-stop desk received, in order, A4 landscape
// (Circular 01/2018 Art. 9 prints the book on A4; its fourteen columns need the long side).
#include <string>
#include <vector>

#include "motcua/render/document.hpp"
#include "motcua/render/letterhead.hpp"

namespace motcua::render {

// The book's columns, in order, as the form heads them. Columns 8-12 are dates ("ngày, tháng,
// năm") under one heading on the paper form; each carries it in its own header here.
// Source: Circular 01/2018/TT-VPCP form 06, which Circular 03/2025 keeps as form 07; the
// wording is transcribed from copies in use (the annex's own text was not at hand), so check
// it against the circular when one is.
struct TrackingBookColumn {
  std::string header;
  double width_fraction = 0;  // of the A4 landscape content width
  Align align = Align::left;
};
const std::vector<TrackingBookColumn>& tracking_book_columns();

struct TrackingBookView {
  Letterhead letterhead;  // the desk keeping the book; `number` is not printed
  std::string title = "Sổ theo dõi hồ sơ";
  std::string volume;                          // "Quyển số: 2026"
  std::string period;                          // "Từ ngày 01/04/2026 đến ngày 30/04/2026"
  std::vector<std::vector<std::string>> rows;  // one cell per tracking_book_columns()
};

std::string tracking_book_pdf(const TrackingBookView& view);

}  // namespace motcua::render
