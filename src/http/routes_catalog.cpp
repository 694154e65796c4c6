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
          {"implementing_agency", p.implementing_agency}};
}
}  // namespace

void register_catalog_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/procedures", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto limit = limit_param(req, 20, 100);
    if (!limit.ok()) return send_error(res, limit.error());
    catalog::SearchFilters filters;
    if (req.has_param("level")) {
      filters.level = catalog::parse_level_name(req.get_param_value("level"));
      if (!filters.level)
        return send_error(
            res, make_error(ErrorCode::invalid, "request.level",
                            "level must be ministry, province, commune or other",
                            "level phải là ministry, province, commune hoặc other", "level"));
    }
    filters.field = req.get_param_value("field");
    filters.agency = req.get_param_value("agency");
    auto page = ctx.catalog.search(req.get_param_value("q"), filters, *limit,
                                   req.get_param_value("cursor"));
    if (!page.ok()) return send_error(res, page.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& p : page->items) items.push_back(summary_json(p));
    send_json(res, 200,
              {{"items", items},
               {"total", page->total},
               {"next_cursor", page->next_cursor.empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(page->next_cursor)}});
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
