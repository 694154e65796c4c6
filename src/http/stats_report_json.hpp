#pragma once
// The JSON answers and the export tables (Vietnamese headings, a totals row) of the
// statistics' reports: the dossiers behind a figure, the backlog, the bottlenecks, and the
// indicators' table.
#include <nlohmann/json.hpp>

#include "motcua/service/stats_report_service.hpp"

namespace motcua::http {

nlohmann::json drilldown_json(const service::DrilldownPage& page, const std::string& measure);
nlohmann::json backlog_json(const service::Backlog& b);
nlohmann::json bottlenecks_json(const service::Bottlenecks& b);

// The opaque cursor of a list's next page, and back.
std::string mark_cursor(const store::MarkKey& key);
std::optional<store::MarkKey> parse_mark_cursor(const std::string& text);

service::ExportTable drilldown_table(const std::vector<store::MarkedDossier>& items,
                                     const std::string& measure, const std::string& agency,
                                     const std::string& from, const std::string& to);
service::ExportTable backlog_table(const service::Backlog& b);
service::ExportTable bottlenecks_table(const service::Bottlenecks& b, const std::string& from,
                                       const std::string& to);
service::ExportTable indicators_table(const service::IndicatorReport& r, const std::string& from,
                                      const std::string& to, const std::string& group_by);

}  // namespace motcua::http
