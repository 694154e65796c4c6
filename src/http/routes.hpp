#pragma once
// Each file registers one family of routes through the RouteTable (which keeps the list the
// OpenAPI document is checked against); handlers parse, call one service, serialise.
#include <httplib.h>

#include "api_context.hpp"
#include "route_table.hpp"

namespace motcua::http {

void register_auth_routes(RouteTable& s, ApiContext& ctx);
void register_boundary_free_routes(RouteTable& s, ApiContext& ctx);
void register_calendar_routes(RouteTable& s, ApiContext& ctx);
void register_catalog_routes(RouteTable& s, ApiContext& ctx);
void register_consultation_routes(RouteTable& s, ApiContext& ctx);
void register_dossier_routes(RouteTable& s, ApiContext& ctx);
void register_letter_routes(RouteTable& s, ApiContext& ctx);
void register_notification_routes(RouteTable& s, ApiContext& ctx);
// GET /api/v1/openapi.json: the document from data/embed/openapi.json.
void register_online_routes(RouteTable& s, ApiContext& ctx);
void register_openapi_routes(RouteTable& s, ApiContext& ctx);
void register_process_routes(RouteTable& s, ApiContext& ctx);
void register_public_routes(RouteTable& s, ApiContext& ctx);
void register_stats_routes(RouteTable& s, ApiContext& ctx);
void register_stats_report_routes(RouteTable& s, ApiContext& ctx);
void register_read_routes(RouteTable& s, ApiContext& ctx);
void register_reception_notice_routes(RouteTable& s, ApiContext& ctx);
void register_test_clock_routes(RouteTable& s, ApiContext& ctx);
void register_tracking_book_routes(RouteTable& s, ApiContext& ctx);
void register_workflow_routes(RouteTable& s, ApiContext& ctx);
void register_static_routes(RouteTable& s);
// GET /metrics: `metrics` and the database's gauges in Prometheus's text format.
class RequestMetrics;
void register_metrics_routes(RouteTable& s, ApiContext& ctx, const RequestMetrics& metrics);

}  // namespace motcua::http
