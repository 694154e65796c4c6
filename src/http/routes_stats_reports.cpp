// The statistics' reports beside the indicators (issue 12, points 4 and 5): the dossiers
// behind a figure, the backlog of overdue dossiers, the steps that make dossiers late, and
// each table as XLSX or CSV (?format=xlsx|csv).
#include <algorithm>

#include "auth_guard.hpp"
#include "json_io.hpp"
#include "routes.hpp"
#include "stats_params.hpp"
#include "stats_report_json.hpp"

namespace motcua::http {

namespace {

// "" for JSON, else "xlsx" or "csv".
Result<std::string> format_param(const httplib::Request& req) {
  const std::string f = req.get_param_value("format");
  if (f.empty() || f == "json") return std::string();
  if (f == "xlsx" || f == "csv") return f;
  return invalid_param("format", "format must be json, xlsx or csv",
                       "format phải là json, xlsx hoặc csv");
}

void send_table(httplib::Response& res, const service::ExportTable& t, const std::string& format,
                const std::string& file) {
  if (format == "csv") {
    res.set_header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
    res.set_content(service::StatsReportService::csv(t), "text/csv; charset=utf-8");
    return;
  }
  auto bytes = service::StatsReportService::xlsx(t);
  if (!bytes.ok()) return send_error(res, bytes.error());
  res.set_header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"");
  res.set_content(std::move(*bytes),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

// An export reads at most this many lines of a list.
constexpr int kExportRows = 5000;

}  // namespace

void register_stats_report_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/stats/dossiers", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    service::DrilldownQuery q;
    q.measure = req.get_param_value("measure");
    if (q.measure.empty())
      return send_error(
          res, invalid_param("measure", "measure is required", "cần chọn chỉ tiêu (measure)"));
    auto from = date_param(req, "from");
    if (!from.ok()) return send_error(res, from.error());
    auto to = date_param(req, "to");
    if (!to.ok()) return send_error(res, to.error());
    q.from = *from;
    q.to = *to;
    auto scope = scope_params(req);
    if (!scope.ok()) return send_error(res, scope.error());
    apply_scope(q, *scope);
    const std::string own = req.get_param_value("own");
    if (!own.empty() && own != "true" && own != "false")
      return send_error(
          res, invalid_param("own", "own must be true or false", "own phải là true hoặc false"));
    q.own_only = own == "true";
    auto format = format_param(req);
    if (!format.ok()) return send_error(res, format.error());
    auto limit = limit_param(req, 50, 200);
    if (!limit.ok()) return send_error(res, limit.error());
    q.limit = format->empty() ? *limit : kExportRows;
    if (req.has_param("cursor")) {
      q.after = parse_mark_cursor(req.get_param_value("cursor"));
      if (!q.after)
        return send_error(res, invalid_param("cursor", "cursor is not one this server gave",
                                             "cursor không hợp lệ"));
    }
    auto page = ctx.stats_reports.dossiers(*user, q);
    if (!page.ok()) return send_error(res, page.error());
    if (format->empty()) return send_json(res, 200, drilldown_json(*page, q.measure));
    send_table(res,
               drilldown_table(page->items, q.measure, page->agency, req.get_param_value("from"),
                               req.get_param_value("to")),
               *format, "ho-so-" + q.measure);
  });

  s.Get("/api/v1/stats/backlog", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    service::BacklogQuery q;
    auto scope = scope_params(req);
    if (!scope.ok()) return send_error(res, scope.error());
    apply_scope(q, *scope);
    for (auto [name, target] :
         {std::pair{"bucket", &q.bucket}, {"step", &q.step}, {"holder", &q.holder}}) {
      auto v = text_param(req, name);
      if (!v.ok()) return send_error(res, v.error());
      *target = *v;
    }
    const auto& buckets = service::backlog_buckets();
    if (q.bucket && std::find(buckets.begin(), buckets.end(), *q.bucket) == buckets.end())
      return send_error(res, invalid_param("bucket", "bucket must be 1, 2-5, 6-10 or 11+",
                                           "bucket phải là 1, 2-5, 6-10 hoặc 11+"));
    auto format = format_param(req);
    if (!format.ok()) return send_error(res, format.error());
    auto limit = limit_param(req, 50, 200);
    if (!limit.ok()) return send_error(res, limit.error());
    auto offset = offset_param(req);
    if (!offset.ok()) return send_error(res, offset.error());
    q.limit = format->empty() ? *limit : kExportRows;
    q.offset = format->empty() ? *offset : 0;
    auto b = ctx.stats_reports.backlog(*user, q);
    if (!b.ok()) return send_error(res, b.error());
    if (format->empty()) return send_json(res, 200, backlog_json(*b));
    send_table(res, backlog_table(*b), *format, "ho-so-qua-han");
  });

  s.Get("/api/v1/stats/bottlenecks", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    service::BottleneckQuery q;
    auto from = date_param(req, "from");
    if (!from.ok()) return send_error(res, from.error());
    auto to = date_param(req, "to");
    if (!to.ok()) return send_error(res, to.error());
    q.from = *from;
    q.to = *to;
    auto scope = scope_params(req);
    if (!scope.ok()) return send_error(res, scope.error());
    apply_scope(q, *scope);
    for (auto [name, target] : {std::pair{"step", &q.step}, {"holder", &q.holder}}) {
      auto v = text_param(req, name);
      if (!v.ok()) return send_error(res, v.error());
      *target = *v;
    }
    auto format = format_param(req);
    if (!format.ok()) return send_error(res, format.error());
    auto b = ctx.stats_reports.bottlenecks(*user, q);
    if (!b.ok()) return send_error(res, b.error());
    if (format->empty()) return send_json(res, 200, bottlenecks_json(*b));
    send_table(res, bottlenecks_table(*b, req.get_param_value("from"), req.get_param_value("to")),
               *format, "buoc-lam-cham");
  });

  // The indicators' table as a file: the same query as GET /api/v1/stats/indicators.
  s.Get("/api/v1/stats/indicators/export", [&ctx](const httplib::Request& req,
                                                  httplib::Response& res) {
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
    using G = service::IndicatorGroup;
    const std::string group = req.get_param_value("group_by");
    static const std::pair<const char*, G> kGroups[] = {
        {"agency", G::agency},   {"field", G::field}, {"procedure", G::procedure},
        {"channel", G::channel}, {"day", G::day},     {"month", G::month}};
    bool known = group.empty();
    for (const auto& [name, g] : kGroups)
      if (group == name) {
        q.group_by = g;
        known = true;
      }
    if (!known)
      return send_error(
          res, invalid_param("group_by",
                             "group_by must be agency, field, procedure, channel, day or month",
                             "group_by phải là agency, field, procedure, channel, day hoặc month"));
    auto format = format_param(req);
    if (!format.ok()) return send_error(res, format.error());
    if (format->empty())
      return send_error(res, invalid_param("format", "format must be xlsx or csv",
                                           "format phải là xlsx hoặc csv"));
    auto report = ctx.stats.indicators(*user, q);
    if (!report.ok()) return send_error(res, report.error());
    send_table(
        res,
        indicators_table(*report, req.get_param_value("from"), req.get_param_value("to"), group),
        *format, "chi-tieu");
  });
}

}  // namespace motcua::http
