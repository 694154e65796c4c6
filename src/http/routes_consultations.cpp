// The report of consultations answered late (Decree 61/2018 Art. 19(5)).
#include <algorithm>
#include <chrono>

#include "auth_guard.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "routes.hpp"
#include "workflow_json.hpp"

namespace motcua::http {

namespace {

// "from"/"to": an ISO-8601 time, or a date (YYYY-MM-DD): its first second, or for "to" the
// first second of the next day (the range is [from, to)).
Result<std::optional<TimePoint>> bound_param(const httplib::Request& req, const std::string& name,
                                             bool next_day) {
  if (!req.has_param(name)) return std::optional<TimePoint>{};
  std::string text = req.get_param_value(name);
  // An unencoded "+07:00" arrives as " 07:00" (form decoding turns '+' into a space).
  std::replace(text.begin(), text.end(), ' ', '+');
  const bool date = text.size() == 10;
  if (date) text += "T00:00:00+07:00";
  auto t = parse_iso(text);
  if (!t)
    return make_error(ErrorCode::invalid, "request.time",
                      name + " must be a date (2026-03-02) or an ISO-8601 time",
                      name + " phải là ngày (2026-03-02) hoặc thời điểm ISO-8601", name);
  if (date && next_day) *t += std::chrono::hours(24);
  return std::optional<TimePoint>{*t};
}

}  // namespace

void register_consultation_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/reports/late-consultations",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto limit = limit_param(req, 50, 200);
          if (!limit.ok()) return send_error(res, limit.error());
          auto cursor = cursor_param(req);
          if (!cursor.ok()) return send_error(res, cursor.error());
          auto from = bound_param(req, "from", false);
          if (!from.ok()) return send_error(res, from.error());
          auto to = bound_param(req, "to", true);
          if (!to.ok()) return send_error(res, to.error());
          auto report = ctx.workflow.late_consultations(*user, req.get_param_value("agency"), *from,
                                                        *to, *limit, *cursor);
          if (!report.ok()) return send_error(res, report.error());
          send_json(res, 200, late_consultations_json(*report, *limit));
        });
}

}  // namespace motcua::http
