// GET /api/v1/stats/indicators and /api/v1/stats/index766 (issue 12): the indicators of a
// period for an agency's subtree, and Decision 766's index scored from them.

#include "auth_guard.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "routes.hpp"
#include "stats_json.hpp"
#include "stats_params.hpp"

namespace motcua::http {

namespace {

Result<service::IndicatorGroup> group_param(const httplib::Request& req) {
  using G = service::IndicatorGroup;
  if (!req.has_param("group_by")) return G::none;
  const std::string v = req.get_param_value("group_by");
  static const std::pair<const char*, G> kGroups[] = {
      {"agency", G::agency},   {"field", G::field}, {"procedure", G::procedure},
      {"channel", G::channel}, {"day", G::day},     {"month", G::month}};
  for (const auto& [name, g] : kGroups)
    if (v == name) return g;
  return invalid_param("group_by",
                       "group_by must be agency, field, procedure, channel, day or month",
                       "group_by phải là agency, field, procedure, channel, day hoặc month");
}

}  // namespace

void register_stats_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/stats/indicators", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    service::IndicatorQuery q;
    auto from = date_param(req, "from");
    if (!from.ok()) return send_error(res, from.error());
    auto to = date_param(req, "to");
    if (!to.ok()) return send_error(res, to.error());
    q.from = *from;
    q.to = *to;
    auto scope = scope_params(req);
    if (!scope.ok()) return send_error(res, scope.error());
    apply_scope(q, *scope);
    auto group = group_param(req);
    if (!group.ok()) return send_error(res, group.error());
    q.group_by = *group;
    auto report = ctx.stats.indicators(*user, q);
    if (!report.ok()) return send_error(res, report.error());
    send_json(
        res, 200,
        indicator_report_json(*report, req.get_param_value("from"), req.get_param_value("to")));
  });

  s.Get("/api/v1/stats/index766", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto agency = text_param(req, "agency");
    if (!agency.ok()) return send_error(res, agency.error());
    auto report = ctx.stats.index766(*user, req.get_param_value("period"), *agency);
    if (!report.ok()) return send_error(res, report.error());
    send_json(res, 200, index766_report_json(*report));
  });
}

}  // namespace motcua::http
