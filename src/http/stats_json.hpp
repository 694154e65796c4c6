#pragma once
// The JSON answers of GET /api/v1/stats/indicators and /api/v1/stats/index766.
#include <nlohmann/json.hpp>

#include "motcua/service/stats_service.hpp"

namespace motcua::http {

nlohmann::json indicator_report_json(const service::IndicatorReport& report,
                                     const std::string& from, const std::string& to);

nlohmann::json index766_report_json(const service::Index766Report& report);

}  // namespace motcua::http
