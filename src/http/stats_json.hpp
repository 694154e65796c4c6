#pragma once
// The JSON answer of GET /api/v1/stats/indicators.
#include <nlohmann/json.hpp>

#include "motcua/service/stats_service.hpp"

namespace motcua::http {

nlohmann::json indicator_report_json(const service::IndicatorReport& report,
                                     const std::string& from, const std::string& to);

}  // namespace motcua::http
