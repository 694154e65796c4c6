// Who read which dossier (issue 14, point 3; PDP Law 91/2025): every full read of a dossier by
// staff is recorded, and an admin or inspector sees the reads of a dossier in their scope, or
// the reads by one officer of an agency in their scope.
#include "auth_guard.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {

nlohmann::json read_json(const store::DossierRead& r) {
  return {{"at", format_iso(r.at)},
          {"username", r.username},
          {"dossier_code", r.dossier_code},
          {"purpose", r.purpose},
          {"address", r.address},
          {"notice_id", r.notice_id.empty() ? nlohmann::json() : nlohmann::json(r.notice_id)}};
}

void send_reads(httplib::Response& res, const std::vector<store::DossierRead>& reads, int limit,
                int offset) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : reads) items.push_back(read_json(r));
  const bool more = int(reads.size()) == limit;
  send_json(res, 200,
            {{"items", items},
             {"limit", limit},
             {"offset", offset},
             {"next_offset", more ? nlohmann::json(offset + limit) : nlohmann::json()}});
}

}  // namespace

void register_read_routes(RouteTable& s, ApiContext& ctx) {
  s.Get(R"(/api/v1/dossiers/([^/]+)/reads)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto limit = limit_param(req, 50, 500);
          if (!limit.ok()) return send_error(res, limit.error());
          auto offset = offset_param(req);
          if (!offset.ok()) return send_error(res, offset.error());
          auto reads = ctx.dossiers.reads_of(*user, req.matches[1], *limit, *offset);
          if (!reads.ok()) return send_error(res, reads.error());
          send_reads(res, *reads, *limit, *offset);
        });

  // ?from=&to= (dates or times; by default the last 30 days up to now).
  s.Get(R"(/api/v1/users/([^/]+)/reads)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto from = bound_param(req, "from", DayEdge::start);
          if (!from.ok()) return send_error(res, from.error());
          auto to = bound_param(req, "to", DayEdge::next_start);
          if (!to.ok()) return send_error(res, to.error());
          const TimePoint until = to->value_or(ctx.clock.now() + std::chrono::seconds(1));
          const TimePoint since = from->value_or(until - std::chrono::days(30));
          if (until <= since)
            return send_error(
                res, make_error(ErrorCode::invalid, "request.time_range", "to must be after from",
                                "thời điểm to phải sau from", "to"));
          auto limit = limit_param(req, 50, 500);
          if (!limit.ok()) return send_error(res, limit.error());
          auto offset = offset_param(req);
          if (!offset.ok()) return send_error(res, offset.error());
          auto reads = ctx.dossiers.reads_by(*user, req.matches[1], since, until, *limit, *offset);
          if (!reads.ok()) return send_error(res, reads.error());
          send_reads(res, *reads, *limit, *offset);
        });
}

}  // namespace motcua::http
