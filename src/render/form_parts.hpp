#pragma once
// Building blocks of the one-stop forms, drawn on a render::Document.
#include <string>
#include <string_view>
#include <vector>

#include "motcua/render/document.hpp"
#include "motcua/render/letterhead.hpp"

namespace motcua::render::detail {

// Body text size of forms on A5 paper.
constexpr double kBodyPt = 9.5;

TextStyle body_style();

void draw_letterhead(Document& doc, const Letterhead& head);

// Only the agency's part of the letterhead (left, no motto, number or date): books and
// registers, which are kept rather than issued.
void draw_agency_block(Document& doc, const Letterhead& head);

// The form's title in bold capitals, centred, with an optional line under it (e.g. the code).
void draw_title(Document& doc, std::string_view title, const Paragraph* subtitle = nullptr);

// "label: value" with wrapped lines indented under the value; empty values print dots to
// fill in by hand, as on the paper form.
void draw_field(Document& doc, std::string_view label, std::string_view value,
                bool bold_value = false);

// Signature block: one signer on the right, or two side by side when `left` is given.
void draw_signatures(Document& doc, const Signer* left, const Signer& right);

// Body text, justified; each '\n'-separated piece is its own paragraph.
void draw_text(Document& doc, std::string_view text, const TextStyle& style = body_style());

// A paragraph made of spans in the body style, justified.
void draw_spans(Document& doc, std::vector<Span> spans);

// Address, then "Số điện thoại: …; Email: …" (email only when given).
void draw_contact(Document& doc, std::string_view address, std::string_view phone,
                  std::string_view email);

// "Mã hồ sơ: …" for the continuation footer, or nothing when the code is not known yet.
std::string code_footer(std::string_view dossier_code);

// Value or a dotted blank when the caller has nothing to print.
std::string or_blank(std::string_view value);

}  // namespace motcua::render::detail
