#pragma once
// A small flowing-layout PDF writer on pango + cairo, enough for administrative forms: the
// caller appends blocks (paragraphs, side-by-side columns, tables, a QR block) top to bottom
// and the document starts a new page whenever the next piece does not fit.
//
// Text is shaped by pango with the "Noto Serif" family (fontconfig falls back per glyph), so
// Vietnamese diacritics are composed correctly and the PDF text stays extractable.
//
// Thread safety: a Document must be used by one thread at a time, but any number of documents
// may be built concurrently on different threads (each uses its own PangoContext on the
// calling thread's default font map, which pango keeps per thread since 1.32.6).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::render {

enum class PageSize { a5_portrait, a5_landscape, a4_portrait, a4_landscape };
enum class Align { left, center, right, justify };

struct Margins {
  double top_mm = 12;
  double right_mm = 12;
  double bottom_mm = 14;
  double left_mm = 18;
};

// Information that is not drawn by blocks: PDF metadata and the continuation footer.
struct DocumentInfo {
  std::string title;   // PDF /Title
  std::string author;  // PDF /Author, usually the agency
  std::string footer;  // printed at the foot of every page when there is more than one page,
                       // e.g. "Mã hồ sơ: …", next to "Trang i/n"
};

// A run of text in one paragraph; the text is plain UTF-8 (never markup).
struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
};

struct TextStyle {
  double size_pt = 10.5;
  Align align = Align::left;
  bool bold = false;  // applies to the whole paragraph, on top of each span's own flags
  bool italic = false;
  double indent_mm = 0;      // left indent of every line
  double first_line_mm = 0;  // extra indent of the first line (negative: hanging)
  double space_before_mm = 0;
  double space_after_mm = 1.0;
  double line_spacing = 1.12;  // multiple of the font's natural line height
  bool shrink_to_fit = false;  // single line: reduce the size until it fits the width
  double rule_below_mm = 0;    // > 0: a short centred rule of this length under the text
};

struct Paragraph {
  std::vector<Span> spans;
  TextStyle style;
};

// One column of a side-by-side block (letterhead, signature block).
struct Column {
  double width_fraction = 0.5;  // of the content width; fractions of a block should sum to ≤ 1
  std::vector<Paragraph> paragraphs;
};

struct TableColumn {
  std::string header;
  double width_fraction = 0;  // of the content width
  Align align = Align::left;
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;  // each row has one cell per column
  double size_pt = 10;
  bool repeat_header = true;  // on every page the table continues on
};

class Document {
 public:
  // `text_scale` multiplies every font size, so that one form design serves A5 (1.0) and A4
  // (about 1.2, the ratio Decree 30/2020's A4 sizes bear to ours).
  explicit Document(PageSize size, Margins margins = {}, DocumentInfo info = {},
                    double text_scale = 1.0);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  double content_width_mm() const;
  // Space left on the current page below the cursor.
  double remaining_mm() const;

  void paragraph(const Paragraph& p);
  void paragraph(std::string_view text, const TextStyle& style = {});
  // Side-by-side columns, kept together on one page (moved to a new page if needed).
  void columns(const std::vector<Column>& cols);
  // A bordered table with a shaded header; rows move whole to the next page (a single row
  // taller than a page is not split and runs past the bottom margin).
  void table(const Table& t);
  // A QR code of `payload` drawn as vector squares, `size_mm` wide, with paragraphs beside it.
  void qr_block(std::string_view payload, double size_mm, const std::vector<Paragraph>& beside);
  void space(double mm);
  // Starts a new page unless at least `mm` remain on this one.
  void keep_space(double mm);
  void page_break();

  int page_count() const;
  // Completes the document and returns the PDF bytes. The Document is spent afterwards.
  std::string finish();

  struct Impl;  // defined in src/render only

 private:
  std::unique_ptr<Impl> impl_;
};

// Vietnamese-aware upper case (letterhead names and titles are printed in capitals).
std::string to_upper_vi(std::string_view utf8);

}  // namespace motcua::render
