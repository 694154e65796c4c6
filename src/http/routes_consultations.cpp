// The report of consultations answered late (Decree 61/2018 Art. 19(5)).
#include <algorithm>
#include <chrono>

#include "auth_guard.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "routes.hpp"
#include "workflow_json.hpp"

namespace motcua::http {

void register_consultation_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/reports/late-consultations",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto limit = limit_param(req, 50, 200);
          if (!limit.ok()) return send_error(res, limit.error());
          auto cursor = cursor_param(req);
          if (!cursor.ok()) return send_error(res, cursor.error());
          auto from = bound_param(req, "from", DayEdge::start);
          if (!from.ok()) return send_error(res, from.error());
          auto to = bound_param(req, "to", DayEdge::next_start);
          if (!to.ok()) return send_error(res, to.error());
          auto report = ctx.workflow.late_consultations(*user, req.get_param_value("agency"), *from,
                                                        *to, *limit, *cursor);
          if (!report.ok()) return send_error(res, report.error());
          send_json(res, 200, late_consultations_json(*report, *limit));
        });
}

}  // namespace motcua::http
