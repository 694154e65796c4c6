#include "stats_json.hpp"

#include "motcua/common/dates.hpp"
#include "motcua/common/time.hpp"

namespace motcua::http {

namespace {

template <typename T>
nlohmann::json optional_json(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json row_json(const service::IndicatorRow& row) {
  const auto& v = row.values;
  nlohmann::json j = {
      {"received", v.received},
      {"received_counter", v.received_by_channel.counter},
      {"received_online", v.received_by_channel.online},
      {"received_postal", v.received_by_channel.postal},
      {"finished_early", v.finished_early},
      {"finished_on_time", v.finished_on_time},
      {"finished_late", v.finished_late},
      {"finished_on_time_national", v.finished_on_time_national},
      {"finished_late_national", v.finished_late_national},
      {"in_progress_on_time", v.in_progress_on_time},
      {"in_progress_overdue", v.in_progress_overdue},
      {"waiting_for_applicant", v.waiting_for_applicant},
      {"withdrawn", v.withdrawn},
      {"refused", v.refused},
      {"supplement_requests", v.supplement_requests},
      {"apologies", v.apologies},
      {"late_without_apology", v.late_without_apology},
      {"refused_at_reception", v.refused_at_reception},
      {"online_share", optional_json(v.online_share)},
      {"on_time_rate", optional_json(v.on_time_rate)},
      {"on_time_rate_national", optional_json(v.on_time_rate_national)},
      {"ratings", v.ratings},
      {"ratings_satisfied", v.ratings_satisfied},
      {"ratings_dissatisfied", v.ratings_dissatisfied},
      {"satisfaction_rate", optional_json(v.satisfaction_rate)},
      {"processing_finished", v.processing_finished},
      {"processing_hours_mean", optional_json(v.processing_hours_mean)},
      {"statutory_hours_mean", optional_json(v.statutory_hours_mean)},
      {"processing_hours_p50", optional_json(v.processing_hours_p50)},
      {"processing_hours_p90", optional_json(v.processing_hours_p90)},
  };
  if (!row.group.empty()) j["group"] = row.group;
  if (!row.name.empty()) j["name"] = row.name;
  return j;
}

std::string formula_text(const std::vector<stats::Term>& terms) {
  std::string out;
  for (const auto& t : terms) {
    if (!out.empty() || t.sign < 0) out += t.sign < 0 ? " - " : " + ";
    out += t.field;
  }
  return out;
}

std::string_view scoring_name(stats::Scoring s) {
  switch (s) {
    case stats::Scoring::rate:
      return "rate";
    case stats::Scoring::threshold:
      return "threshold";
    case stats::Scoring::none:
      break;
  }
  return "none";
}

nlohmann::json indicator_score_json(const stats::IndicatorScore& s) {
  const auto& i = *s.indicator;
  nlohmann::json j = {
      {"code", i.code},
      {"group", i.group},
      {"name", i.name_vi},
      {"name_en", i.name_en},
      {"points", i.points},
      {"scoring", scoring_name(i.scoring)},
      {"full_at", optional_json(i.full_at)},
      {"measured", i.measured()},
      {"source", i.source},
      {"confidence", i.confidence},
  };
  if (!i.measured()) {
    j["not_measured"] = {{"vi", i.not_measured_vi}, {"en", i.not_measured_en}};
    return j;
  }
  j["formula"] = {{"numerator", formula_text(i.numerator)},
                  {"denominator", formula_text(i.denominator)}};
  j["numerator"] = optional_json(s.numerator);
  j["denominator"] = optional_json(s.denominator);
  j["rate"] = optional_json(s.rate);
  j["score"] = optional_json(s.score);
  return j;
}

}  // namespace

nlohmann::json index766_report_json(const service::Index766Report& report) {
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& g : report.score.groups)
    groups.push_back({{"group", g.group->group},
                      {"name", g.group->name_vi},
                      {"name_en", g.group->name_en},
                      {"points", g.group->points},
                      {"measured_points", g.measured_points},
                      {"score", g.score}});
  nlohmann::json indicators = nlohmann::json::array();
  for (const auto& s : report.score.indicators) indicators.push_back(indicator_score_json(s));
  return {{"period", report.period},
          {"from", format_date(report.from)},
          {"to", format_date(report.to)},
          {"agency", report.agency},
          {"judged_at", format_iso(report.judged_at)},
          {"points", 100},
          {"measured_points", report.score.measured_points},
          {"score", report.score.score},
          {"groups", groups},
          {"indicators", indicators}};
}

nlohmann::json indicator_report_json(const service::IndicatorReport& report,
                                     const std::string& from, const std::string& to) {
  nlohmann::json out = {{"agency", report.agency},
                        {"from", from},
                        {"to", to},
                        {"judged_at", format_iso(report.judged_at)},
                        {"rows", nlohmann::json::array()}};
  // Built in place: an initializer list would copy every row (a year by day is 366 of them).
  auto& rows = out["rows"];
  for (const auto& r : report.rows) rows.push_back(row_json(r));
  return out;
}

}  // namespace motcua::http
