#include "stats_params.hpp"

#include "motcua/common/time.hpp"

namespace motcua::http {

Error invalid_param(const std::string& field, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "request." + field, en, vi, field);
}

Result<std::chrono::year_month_day> date_param(const httplib::Request& req,
                                               const std::string& name) {
  if (auto date = parse_date(req.get_param_value(name.c_str()))) return *date;
  return invalid_param(name, name + " must be a date YYYY-MM-DD",
                       name + " phải là một ngày dạng YYYY-MM-DD");
}

Result<std::optional<std::string>> text_param(const httplib::Request& req,
                                              const std::string& name) {
  if (!req.has_param(name.c_str())) return std::optional<std::string>{};
  std::string v = req.get_param_value(name.c_str());
  if (v.empty())
    return invalid_param(name, name + " must not be empty", name + " không được để trống");
  return std::optional<std::string>{std::move(v)};
}

Result<StatsScope> scope_params(const httplib::Request& req) {
  StatsScope s;
  for (auto [name, target] : {std::pair{"agency", &s.agency},
                              {"field", &s.field},
                              {"procedure", &s.procedure},
                              {"channel", &s.channel}}) {
    auto v = text_param(req, name);
    if (!v.ok()) return v.error();
    *target = *v;
  }
  if (s.channel && *s.channel != "counter" && *s.channel != "online" && *s.channel != "postal")
    return invalid_param("channel", "channel must be counter, online or postal",
                         "channel phải là counter, online hoặc postal");
  return s;
}

}  // namespace motcua::http
