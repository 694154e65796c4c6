#pragma once
// The query parameters the statistics' routes share (routes_stats.cpp, routes_stats_reports.cpp):
// each bad one is a 400 naming its field, in English and Vietnamese.
#include <httplib.h>

#include <chrono>
#include <optional>
#include <string>

#include "motcua/common/result.hpp"

namespace motcua::http {

Error invalid_param(const std::string& field, const std::string& en, const std::string& vi);

// A required calendar date "YYYY-MM-DD".
Result<std::chrono::year_month_day> date_param(const httplib::Request& req,
                                               const std::string& name);

// An optional parameter that, when given, is not empty.
Result<std::optional<std::string>> text_param(const httplib::Request& req, const std::string& name);

// agency, field, procedure and channel, as the indicators read them.
struct StatsScope {
  std::optional<std::string> agency, field, procedure, channel;
};
Result<StatsScope> scope_params(const httplib::Request& req);

// Copies the scope into a service query that has the same four members.
template <class Query>
void apply_scope(Query& q, const StatsScope& s) {
  q.agency = s.agency;
  q.field = s.field;
  q.procedure = s.procedure;
  q.channel = s.channel;
}

}  // namespace motcua::http
