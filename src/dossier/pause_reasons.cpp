#include "motcua/dossier/pause_reasons.hpp"

#include <stdexcept>

#include "motcua/common/embedded.hpp"
#include "motcua/common/tsv.hpp"

namespace motcua::dossier {

namespace {

constexpr std::string_view kTable = "pause_reasons.tsv";

bool parse_flag(std::string_view text, bool& out) {
  if (text != "yes" && text != "no") return false;
  out = text == "yes";
  return true;
}

}  // namespace

Result<std::vector<PauseReason>> parse_pause_reasons(std::string_view text) {
  std::vector<PauseReason> out;
  MOTCUA_TRY(tsv::for_each_row(
      text, 6, kTable, [&](const std::vector<std::string_view>& cols, int line_no) -> Status {
        PauseReason r;
        r.code = std::string(cols[0]);
        if (r.code.empty()) return tsv::row_error(kTable, line_no, "empty code");
        if (!parse_flag(cols[1], r.stops_clock) || !parse_flag(cols[2], r.waits_for_applicant))
          return tsv::row_error(kTable, line_no,
                                "stops_clock and waits_for_applicant are yes or no");
        // Waiting for the applicant is a lawful stop of the clock; the other way round is not.
        if (r.waits_for_applicant && !r.stops_clock)
          return tsv::row_error(kTable, line_no,
                                "a reason that waits for the applicant stops the clock");
        r.label_vi = std::string(cols[3]);
        r.label_en = std::string(cols[4]);
        r.basis = std::string(cols[5]);
        for (const auto& other : out)
          if (other.code == r.code) return tsv::row_error(kTable, line_no, "code listed twice");
        out.push_back(std::move(r));
        return ok_status();
      }));
  if (out.empty()) return tsv::row_error(kTable, 0, "no reason listed");
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
