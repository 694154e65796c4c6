#pragma once
// Each file registers one family of routes; handlers parse, call one service, serialise.
#include <httplib.h>

#include "http/api_context.hpp"

namespace motcua::http {

void register_auth_routes(httplib::Server& s, ApiContext& ctx);
void register_calendar_routes(httplib::Server& s, ApiContext& ctx);
void register_catalog_routes(httplib::Server& s, ApiContext& ctx);
void register_dossier_routes(httplib::Server& s, ApiContext& ctx);
void register_letter_routes(httplib::Server& s, ApiContext& ctx);
void register_notification_routes(httplib::Server& s, ApiContext& ctx);
void register_process_routes(httplib::Server& s, ApiContext& ctx);
void register_public_routes(httplib::Server& s, ApiContext& ctx);
void register_test_clock_routes(httplib::Server& s, ApiContext& ctx);
void register_workflow_routes(httplib::Server& s, ApiContext& ctx);
void register_static_routes(httplib::Server& s);

}  // namespace motcua::http
