#include "auth_guard.hpp"
#include "dossier_json.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/online.hpp"
#include "notification_json.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {
// DESIGN.md §5: status lookups are limited to 30 a minute per client address.
constexpr int kLookupsPerMinute = 30;
}  // namespace

void register_public_routes(RouteTable& s, ApiContext& ctx) {
  s.Get(R"(/api/v1/public/dossiers/([^/]+))", [&ctx](const httplib::Request& req,
                                                     httplib::Response& res) {
    auto allowed = ctx.limiter.hit("lookup:" + client_address(req, ctx), kLookupsPerMinute,
                                   std::chrono::seconds(60));
    if (!allowed.ok()) return send_error(res, allowed.error());
    auto view = ctx.dossiers.get_for_public(req.matches[1], req.get_param_value("phone_last4"));
    if (!view.ok()) return send_error(res, view.error());
    auto messages = ctx.notifications.for_dossier(view->dossier.code);
    if (!messages.ok()) return send_error(res, messages.error());
    nlohmann::json j = public_dossier_json(view->dossier, view->events);
    j["notifications"] = nlohmann::json::array();
    for (const auto& n : *messages) j["notifications"].push_back(public_notification_json(n));
    // Whether the applicant may rate now (result returned, not rated yet), and the rating.
    auto rating = ctx.online.rating(view->dossier.code, req.get_param_value("phone_last4"));
    if (!rating.ok()) return send_error(res, rating.error());
    j["rating"] = nullptr;
    if (rating->has_value()) {
      const auto* level = dossier::find_rating_level((*rating)->level);
      j["rating"] = {{"level", (*rating)->level},
                     {"label", level ? level->label : (*rating)->level},
                     {"comment", (*rating)->comment},
                     {"rated_at", format_iso((*rating)->rated_at)}};
    }
    j["can_rate"] =
        !rating->has_value() && view->dossier.status == dossier::DossierStatus::returned;
    send_json(res, 200, j);
  });
}

}  // namespace motcua::http
