#include "json_io.hpp"
#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {
nlohmann::json summary_json(const catalog::Procedure& p) {
  nlohmann::json levels = nlohmann::json::array();
  for (auto l : p.levels) levels.push_back(catalog::level_name(l));
  return {{"code", p.code},
          {"name", p.name},
          {"field", p.field},
          {"levels", levels},
          {"status", catalog::status_name(p.status)},
          {"implementing_agency", p.implementing_agency},
          {"online", service::offered_online(p)}};
}
// The "level" query parameter: none when absent, an error naming it when unknown.
Result<std::optional<catalog::Level>> level_param(const httplib::Request& req) {
  if (!req.has_param("level")) return std::optional<catalog::Level>{};
  auto level = catalog::parse_level_name(req.get_param_value("level"));
  if (!level)
    return make_error(ErrorCode::invalid, "request.level",
                      "level must be ministry, province, commune or other",
                      "level phải là ministry, province, commune hoặc other", "level");
  return level;
}
}  // namespace

void register_catalog_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/procedures", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto limit = limit_param(req, 20, 100);
    if (!limit.ok()) return send_error(res, limit.error());
    catalog::SearchFilters filters;
    auto level = level_param(req);
    if (!level.ok()) return send_error(res, level.error());
    filters.level = *level;
    filters.field = req.get_param_value("field");
    filters.agency = req.get_param_value("agency");
    std::optional<bool> online;
    if (req.has_param("online")) {
      const std::string v = req.get_param_value("online");
      if (v != "true" && v != "false")
        return send_error(
            res, make_error(ErrorCode::invalid, "request.online", "online must be true or false",
                            "online phải là true hoặc false", "online"));
      online = v == "true";
    }
    auto page = ctx.catalog.search(req.get_param_value("q"), filters, *limit,
                                   req.get_param_value("cursor"), online);
    if (!page.ok()) return send_error(res, page.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& p : page->items) items.push_back(summary_json(p));
    send_json(res, 200,
              {{"items", items},
               {"total", page->total},
               {"next_cursor", page->next_cursor.empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(page->next_cursor)}});
  });

  s.Get("/api/v1/catalog/fields", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto level = level_param(req);
    if (!level.ok()) return send_error(res, level.error());
    auto fields = ctx.catalog.fields(*level);
    if (!fields.ok()) return send_error(res, fields.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& f : *fields) items.push_back({{"name", f.name}, {"count", f.count}});
    send_json(res, 200, {{"items", items}});
  });

  s.Get(R"(/api/v1/procedures/([^/]+))", [&ctx](const httplib::Request& req,
                                                httplib::Response& res) {
    auto p = ctx.catalog.get(req.matches[1]);
    if (!p.ok()) return send_error(res, p.error());
    nlohmann::json j = catalog::to_json(*p);
    // The public contract names the document list required_documents.
    j["required_documents"] = j.contains("documents") ? j["documents"] : nlohmann::json::array();
    send_json(res, 200, j);
  });
}

}  // namespace motcua::http
