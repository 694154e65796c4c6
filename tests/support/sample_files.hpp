#pragma once
// Small real files for upload tests: a PDF with its cross-reference table and a PNG whose
// chunks' CRCs are right, so both parse as what they claim to be.
#include <cstdio>
#include <string>
#include <vector>

namespace motcua::testing {

// A 4 × 4 red PNG.
inline const std::string& small_png() {
  static const std::string png(
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04\x00\x00"
      "\x00\x04\x08\x02\x00\x00\x00\x26\x93\x09\x29\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63"
      "\x38\x21\x27\x07\x47\x0c\xc4\x71\x00\xb1\x63\x10\x41\x3b\x4b\x63\x82\x00\x00\x00\x00\x49"
      "\x45\x4e\x44\xae\x42\x60\x82",
      73);
  return png;
}

// A one-page PDF.
inline std::string small_pdf() {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (const char* obj : {"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
                          "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
                          "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\n"
                          "endobj\n"}) {
    offsets.push_back(pdf.size());
    pdf += obj;
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 4\n0000000000 65535 f \n";
  for (size_t o : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
    pdf += line;
  }
  pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace motcua::testing
