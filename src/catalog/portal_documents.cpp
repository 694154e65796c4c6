// thanh_phan_ho_so is one or more tables "Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng", each
// after a section title ("* Giấy tờ phải nộp:", "* Lưu ý:", "--", "Trường hợp …:"), with the
// cells run together: "- Giấy chứng sinh…TK01.docx1 bản chính- Tờ khai…1 bản chính,1 bản sao".
// A row ends at its count cell ("N bản chính|sao|chụp", possibly several joined by ',') when
// the next character can start a row.
//
// Which documents are mandatory (the rule reception relies on):
//  - rows whose count is 0 are notes or headings, not documents, and are left out, unless
//    they carry a form file (then they count as 1 copy, with a warning);
//  - rows in a "Lưu ý" (notes) section are left out;
//  - a row is optional (mandatory = false) when its section title or the heading row above it
//    ("- Đối với …:", "Trường hợp …:") is conditional, or when its own first clause is
//    conditional: it opens with "Trường hợp", "Nếu", "Đối với", "Riêng", "Khi", "Ngoài", or
//    contains "nếu có", "trong trường hợp", "(trường hợp", "(đối với trường hợp";
//  - when the record has two or more sections titled by case (not the generic "Giấy tờ phải
//    nộp/xuất trình", nor "Hồ sơ của …" parts of one dossier), the cases are alternatives: their
//    rows are optional, except a document every case asks for, which stays mandatory (its first
//    occurrence);
//  - every other row is mandatory. A parenthesis naming a channel ("(nếu … nộp hồ sơ theo hình
//    thức trực tiếp)") does not make a row optional: it limits the channels the row applies to
//    (RequiredDocument::channels, rule in portal_document_channels.cpp), and reception demands
//    a mandatory row only of dossiers arriving by one of them.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "motcua/text/normalize.hpp"
#include "portal_parts.hpp"
#include "portal_text.hpp"

namespace motcua::catalog::portal {

namespace {

constexpr std::string_view kTableHeader = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
constexpr std::array<std::string_view, 3> kCopyKinds{"bản chính", "bản sao", "bản chụp"};
constexpr std::array<std::string_view, 5> kFormExtensions{".docx", ".doc", ".pdf", ".xlsx", ".xls"};

// Folded (accent-free) forms, compared against text::fold_for_search output.
constexpr std::array<std::string_view, 7> kConditionalOpeners{
    "truong hop", "neu", "doi voi", "rieng", "khi", "ngoai", "trong truong hop"};
constexpr std::array<std::string_view, 2> kConditionalPhrases{" neu co ", " trong truong hop "};

struct Count {
  size_t begin = 0;  // first byte of the count cell
  size_t end = 0;
  int copies = 0;
  std::string kind;
};

// One "N bản X" at i (i at the first digit of the digit run). Counts are single digits in the
// portal, so the digits before the last one belong to the name ("…năm 20241 bản chính"); a
// two-digit run with a leading zero ("01 bản sao") is a count of its own.
bool count_part_at(std::string_view s, size_t run_begin, size_t& begin, size_t& end, int& n,
                   std::string& kind) {
  size_t d = run_begin;
  while (is_digit_at(s, d)) ++d;
  if (d == run_begin || !starts_with_at(s, d, " bản ")) return false;
  for (std::string_view k : kCopyKinds) {
    if (starts_with_at(s, d + 1, k)) {
      begin = (d - run_begin == 2 && s[run_begin] == '0') ? run_begin : d - 1;
      n = std::stoi(std::string(s.substr(begin, d - begin)));
      end = d + 1 + k.size();
      kind = std::string(k);
      return true;
    }
  }
  return false;
}

bool can_start_row(std::string_view s, size_t i) {
  if (i >= s.size()) return true;
  if (starts_with_at(s, i, kTableHeader)) return true;
  char c = s[i];
  if (c == '-' || c == '+' || c == '*' || c == '(' || c == '\t' || c == '\n' || is_digit_at(s, i))
    return true;
  if (is_upper_at(s, i)) return true;
  if (static_cast<unsigned char>(c) >= 0x80 && !is_lower_at(s, i))
    return true;  // symbols such as Wingdings bullets
  if (is_lower_at(s, i)) {
    size_t len = 0;
    code_point_at(s, i, &len);
    return i + len < s.size() && (s[i + len] == ')' || s[i + len] == '.');  // "b) …"
  }
  return false;
}

// The count cell that starts at a digit run at i, if it ends a row.
std::optional<Count> count_at(std::string_view s, size_t i) {
  Count c;
  size_t b = 0, e = 0;
  int n = 0;
  std::string kind;
  if (!count_part_at(s, i, b, e, n, kind)) return std::nullopt;
  c.begin = b;
  c.copies = n;
  if (n > 0) c.kind = kind;
  std::string first_kind = kind;
  while (e < s.size() && s[e] == ',') {
    size_t j = e + 1;
    if (j < s.size() && s[j] == ' ') ++j;
    size_t b2 = 0, e2 = 0;
    if (!count_part_at(s, j, b2, e2, n, kind) || b2 != j) break;
    c.copies += n;
    if (n > 0) c.kind += (c.kind.empty() ? "" : ", ") + kind;
    e = e2;
  }
  if (!can_start_row(s, e)) return std::nullopt;
  if (c.kind.empty()) c.kind = first_kind;
  c.end = e;
  return c;
}

std::string strip_bullet(std::string_view s) {
  std::string t = trim(s);
  for (bool changed = true; changed && !t.empty();) {
    changed = false;
    if (t[0] == '-' || t[0] == '+' || t[0] == '*' || t[0] == '.') {
      t = trim(std::string_view(t).substr(1));
      changed = true;
    } else if (t.rfind("\xEF\x83\xBC", 0) == 0 || t.rfind("\xEF\x83\x98", 0) == 0 ||
               t.rfind("•", 0) == 0) {
      t = trim(std::string_view(t).substr(3));
      changed = true;
    }
  }
  // "a) ", "1. ", "2) " numbering.
  size_t len = 0;
  code_point_at(t, 0, &len);
  if (len > 0 && len + 1 < t.size() && (t[len] == ')' || t[len] == '.') && t[len + 1] == ' ')
    t = trim(std::string_view(t).substr(len + 1));
  return t;
}

bool first_clause_conditional(std::string_view name) {
  std::string_view clause = name.substr(0, name.find(';'));
  const std::string folded = " " + text::fold_for_search(clause) + " ";
  for (std::string_view o : kConditionalOpeners)
    if (folded.compare(1, o.size() + 1, std::string(o) + " ") == 0) return true;
  for (std::string_view p : kConditionalPhrases)
    if (folded.find(p) != std::string::npos) return true;
  // "(trường hợp …)", "(đối với trường hợp …)": folding drops the bracket, so look after it.
  for (size_t k = clause.find('('); k != std::string_view::npos; k = clause.find('(', k + 1)) {
    std::string inside = text::fold_for_search(clause.substr(k + 1, 40));
    if (inside.rfind("truong hop", 0) == 0 || inside.rfind("doi voi truong hop", 0) == 0)
      return true;
  }
  return false;
}

bool is_notes_title(std::string_view title) {
  return text::fold_for_search(title).find("luu y") != std::string::npos;
}

// A section title that names a case ("Đăng ký thường trú tại cơ sở tín ngưỡng…") rather than
// a generic part of every dossier ("* Giấy tờ phải nộp:", "--", "(ii) Hồ sơ của người được
// nhận làm con nuôi:", which lists one party's share of the same dossier).
bool is_case_title(std::string_view title) {
  std::vector<std::string> words = text::search_tokens(title);
  size_t first = 0;
  auto numbering = [](const std::string& w) {
    return w.size() <= 4 && (w.find_first_not_of("0123456789") == std::string::npos ||
                             w.find_first_not_of("ivx") == std::string::npos || w.size() == 1);
  };
  while (first < words.size() && numbering(words[first])) ++first;
  if (first == words.size()) return false;
  std::string f;
  for (size_t i = first; i < words.size(); ++i) f += (f.empty() ? "" : " ") + words[i];
  if (f.rfind("ho so", 0) == 0 || f.rfind("thanh phan", 0) == 0) return false;
  for (std::string_view generic : {"giay to phai nop", "giay to phai xuat trinh", "luu y",
                                   "ho so bao gom", "thanh phan ho so", "so luong ho so"})
    if (f.find(generic) != std::string::npos) return false;
  return true;
}

// Several case sections are alternatives: only one applies to an applicant, so their
// documents are optional, except one that every case asks for (kept mandatory once).
void apply_alternatives(std::vector<RequiredDocument>& docs, const std::vector<int>& case_of,
                        int cases) {
  if (cases < 2) return;
  std::vector<std::string> folded(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) folded[i] = text::fold_for_search(docs[i].name);
  std::vector<bool> seen_name(docs.size(), false);
  for (size_t i = 0; i < docs.size(); ++i) {
    if (case_of[i] < 0) continue;
    bool in_every_case = docs[i].mandatory && !seen_name[i];
    for (int c = 0; c < cases && in_every_case; ++c) {
      bool found = false;
      for (size_t j = 0; j < docs.size() && !found; ++j)
        found = case_of[j] == c && folded[j] == folded[i];
      in_every_case = found;
    }
    for (size_t j = i + 1; j < docs.size(); ++j)
      if (folded[j] == folded[i]) seen_name[j] = true;
    docs[i].mandatory = in_every_case;
  }
}

// Splits "…theo mẫuTK 1.002268.docx" into the name and the form's file name. The file name
// starts at the seam where a lower-case letter, digit or ')' is directly followed by a capital
// or (after ')') a digit: that is where two cells were run together.
void split_form(std::string& name, std::string& form) {
  size_t ext_at = std::string::npos;
  for (std::string_view ext : kFormExtensions) {
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0) {
      ext_at = name.size() - ext.size();
      break;
    }
  }
  if (ext_at == std::string::npos) {
    // A form given by name rather than file, glued to the document's name:
    // "Bản khai cá nhân (Mẫu số 03).Mẫu 03" → form "Mẫu 03".
    const std::string_view mau = "Mẫu";
    size_t at = name.rfind(mau);
    if (at != std::string::npos && at > 0 && name.size() - at <= 120) {
      size_t p = previous_start(name, at);
      if (is_lower_at(name, p) || name[p] == ')' || name[p] == '.') {
        form = trim(std::string_view(name).substr(at));
        while (!form.empty() && form.back() == '.') form.pop_back();
        name = trim(std::string_view(name).substr(0, at));
      }
    }
    return;
  }
  size_t start = std::string::npos;
  for (size_t i = ext_at; i > 0 && ext_at - i < 80;) {
    size_t p = previous_start(name, i);
    bool seam = ((is_lower_at(name, p) || is_digit_at(name, p) || name[p] == '.') &&
                 is_upper_at(name, i)) ||
                (name[p] == ')' && (is_upper_at(name, i) || is_digit_at(name, i)));
    if (seam) {
      start = i;
      break;
    }
    i = p;
  }
  if (start == std::string::npos) {
    size_t sp = name.rfind(' ', ext_at);
    start = sp == std::string::npos ? 0 : sp + 1;
  }
  form = trim(std::string_view(name).substr(start));
  name = trim(std::string_view(name).substr(0, start));
}

}  // namespace

bool is_conditional_document(std::string_view name) { return first_clause_conditional(name); }

std::vector<RequiredDocument> parse_documents(std::string_view s,
                                              std::vector<std::string>& warnings) {
  std::vector<RequiredDocument> docs;
  bool notes_section = false;
  bool section_conditional = false;
  bool heading_conditional = false;
  size_t piece_begin = 0;
  int no_count_rows = 0;
  int zero_count_forms = 0;
  int cases = 0;             // case sections seen so far
  int current_case = -1;     // the case section rows are in, -1 when none
  std::vector<int> case_of;  // per document

  auto add_row = [&](std::string_view raw, const Count* count) {
    std::string raw_trim = trim(raw);
    if (raw_trim.empty() || notes_section) return;
    bool dash = raw_trim[0] == '-';
    std::string name = strip_bullet(raw_trim);
    if (name.empty()) return;
    if (dash) heading_conditional = false;  // a new "-" item closes the heading above it
    int copies = count ? count->copies : 1;
    if (!name.empty() && name.back() == ':') {
      if (copies == 0) {
        heading_conditional = first_clause_conditional(name);
        return;
      }
    }
    RequiredDocument d;
    split_form(name, d.form);
    if (copies == 0) {
      if (d.form.empty()) return;  // a note, not something to hand in
      ++zero_count_forms;          // a form to fill in is a document whatever the count says
      copies = 1;
    }
    if (!count) ++no_count_rows;
    d.id = static_cast<int>(docs.size()) + 1;
    while (!name.empty() && (name.back() == ';' || name.back() == ',')) name.pop_back();
    d.name = trim(name);
    d.copies = copies;
    d.copy_kind = count ? count->kind : std::string();
    d.mandatory = !(section_conditional || heading_conditional || first_clause_conditional(d.name));
    d.channels = document_channels(d.name);
    docs.push_back(std::move(d));
    case_of.push_back(current_case);
  };

  for (size_t i = 0; i <= s.size();) {
    if (i == s.size()) {
      std::string rest = trim(s.substr(piece_begin));
      if (!rest.empty() && rest.find_first_not_of("-") != std::string::npos) add_row(rest, nullptr);
      break;
    }
    if (starts_with_at(s, i, kTableHeader)) {
      std::string title = trim(s.substr(piece_begin, i - piece_begin));
      notes_section = is_notes_title(title);
      section_conditional = first_clause_conditional(strip_bullet(title));
      heading_conditional = false;
      current_case = is_case_title(title) && !notes_section ? cases++ : -1;
      i += kTableHeader.size();
      piece_begin = i;
      continue;
    }
    if (is_digit_at(s, i) && (i == 0 || !is_digit_at(s, i - 1))) {
      if (auto c = count_at(s, i)) {
        add_row(s.substr(piece_begin, c->begin - piece_begin), &*c);
        i = c->end;
        piece_begin = i;
        continue;
      }
    }
    ++i;
  }
  apply_alternatives(docs, case_of, cases);
  if (zero_count_forms > 0)
    warnings.push_back("documents.zero_count_form: " + std::to_string(zero_count_forms) +
                       " form(s) listed with 0 copies, taken as 1");
  if (no_count_rows > 0)
    warnings.push_back("documents.no_count: " + std::to_string(no_count_rows) +
                       " document(s) without a count, taken as 1 copy");
  if (!docs.empty() &&
      std::none_of(docs.begin(), docs.end(), [](const auto& d) { return d.mandatory; }))
    warnings.push_back("documents.none_mandatory: every document is conditional");
  if (docs.empty() && !text::fold_for_search(s).empty())
    warnings.push_back("documents.none_found: document list could not be read");
  return docs;
}

}  // namespace motcua::catalog::portal
