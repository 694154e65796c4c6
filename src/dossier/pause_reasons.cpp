#include "motcua/dossier/pause_reasons.hpp"

#include <stdexcept>

#include "motcua/common/embedded.hpp"

namespace motcua::dossier {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

Error row_error(int line_no, std::string_view what) {
  const std::string where = "pause_reasons.tsv line " + std::to_string(line_no) + ": ";
  return make_error(ErrorCode::invalid, "pause_reasons.malformed", where + std::string(what),
                    where + std::string(what), "pause_reasons");
}

bool parse_flag(std::string_view text, bool& out) {
  if (text != "yes" && text != "no") return false;
  out = text == "yes";
  return true;
}

}  // namespace

Result<std::vector<PauseReason>> parse_pause_reasons(std::string_view tsv) {
  std::vector<PauseReason> out;
  int line_no = 0;
  size_t start = 0;
  while (start < tsv.size()) {
    const size_t end = tsv.find('\n', start);
    const std::string_view line =
        tsv.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? tsv.size() : end + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const auto cols = split_tabs(line);
    if (cols.size() != 6) return row_error(line_no, "expected 6 tab-separated columns");
    PauseReason r;
    r.code = std::string(cols[0]);
    if (r.code.empty()) return row_error(line_no, "empty code");
    if (!parse_flag(cols[1], r.stops_clock) || !parse_flag(cols[2], r.waits_for_applicant))
      return row_error(line_no, "stops_clock and waits_for_applicant are yes or no");
    // Waiting for the applicant is a lawful stop of the clock; the other way round is not.
    if (r.waits_for_applicant && !r.stops_clock)
      return row_error(line_no, "a reason that waits for the applicant stops the clock");
    r.label_vi = std::string(cols[3]);
    r.label_en = std::string(cols[4]);
    r.basis = std::string(cols[5]);
    for (const auto& other : out)
      if (other.code == r.code) return row_error(line_no, "code listed twice");
    out.push_back(std::move(r));
  }
  if (out.empty()) return row_error(line_no, "no reason listed");
  return out;
}

const std::vector<PauseReason>& pause_reasons() {
  static const std::vector<PauseReason> reasons = [] {
    const auto text = embedded::find("workflow/pause_reasons.tsv");
    if (!text) throw std::logic_error("workflow/pause_reasons.tsv is not embedded");
    auto parsed = parse_pause_reasons(*text);
    if (!parsed.ok()) throw std::logic_error(parsed.error().message);
    return std::move(*parsed);
  }();
  return reasons;
}

const PauseReason* find_pause_reason(std::string_view code) {
  for (const auto& r : pause_reasons())
    if (r.code == code) return &r;
  return nullptr;
}

}  // namespace motcua::dossier
