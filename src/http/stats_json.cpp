#include "stats_json.hpp"

#include "motcua/common/time.hpp"

namespace motcua::http {

namespace {

nlohmann::json rate(const std::optional<double>& r) {
  return r ? nlohmann::json(*r) : nlohmann::json(nullptr);
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
      {"online_share", rate(v.online_share)},
      {"on_time_rate", rate(v.on_time_rate)},
      {"on_time_rate_national", rate(v.on_time_rate_national)},
  };
  if (!row.group.empty()) j["group"] = row.group;
  if (!row.name.empty()) j["name"] = row.name;
  return j;
}

}  // namespace

nlohmann::json indicator_report_json(const service::IndicatorReport& report,
                                     const std::string& from, const std::string& to) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : report.rows) rows.push_back(row_json(r));
  return {{"agency", report.agency},
          {"from", from},
          {"to", to},
          {"judged_at", format_iso(report.judged_at)},
          {"rows", rows}};
}

}  // namespace motcua::http
