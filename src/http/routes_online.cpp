// Online submission (issue 11): the portal's submission with uploads, the desk's queue of
// submissions and its acceptance, the uploads for staff, and the applicant's rating.
#include "auth_guard.hpp"
#include "dossier_json.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/online.hpp"
#include "online_json.hpp"
#include "online_submission_form.hpp"
#include "reception_request_json.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {

// DESIGN.md §5: public endpoints are limited per client address. A person submits a few
// dossiers a day; a script submitting hundreds an hour is refused.
constexpr int kSubmissionsPerHour = 30;
constexpr int kRatingsPerMinute = 30;
constexpr int kAgencyListsPerMinute = 300;

Error bad_field(const std::string& field, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "request." + field, en, vi, field);
}

}  // namespace

void register_online_routes(RouteTable& s, ApiContext& ctx) {
  s.Get(R"(/api/v1/public/procedures/([^/]+)/agencies)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto allowed = ctx.limiter.hit("agencies:" + client_address(req, ctx),
                                         kAgencyListsPerMinute, std::chrono::seconds(60));
          if (!allowed.ok()) return send_error(res, allowed.error());
          auto list = ctx.online.agencies(req.matches[1], req.get_param_value("parent"));
          if (!list.ok()) return send_error(res, list.error());
          nlohmann::json items = nlohmann::json::array();
          for (const auto& a : *list)
            items.push_back({{"code", a.agency.code},
                             {"name", a.agency.name},
                             {"kind", catalog::to_string(a.agency.kind)},
                             {"submittable", a.submittable}});
          send_json(res, 200, {{"items", items}});
        });

  s.Post("/api/v1/public/online-submissions",
         [&ctx](const httplib::Request& req, httplib::Response& res) {
           auto allowed = ctx.limiter.hit("submit:" + client_address(req, ctx), kSubmissionsPerHour,
                                          std::chrono::seconds(3600));
           if (!allowed.ok()) return send_error(res, allowed.error());
           const std::string key = req.get_header_value("Idempotency-Key");
           if (key.size() > 200)
             return send_error(
                 res, bad_field("Idempotency-Key", "Idempotency-Key is at most 200 characters",
                                "Idempotency-Key tối đa 200 ký tự"));
           auto input = submission_from(req);
           if (!input.ok()) return send_error(res, input.error());
           auto d = ctx.online.submit(std::move(*input), key);
           if (!d.ok()) return send_error(res, d.error());
           nlohmann::json j = public_dossier_json(*d, {});
           j["phone_last4"] = d->applicant.phone.substr(d->applicant.phone.size() - 4);
           j["status_url"] = "/tra-cuu?code=" + d->code;
           send_json(res, 201, j);
         });

  s.Get("/api/v1/online-submissions", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto limit = limit_param(req, 50, 200);
    if (!limit.ok()) return send_error(res, limit.error());
    auto cursor = cursor_param(req);
    if (!cursor.ok()) return send_error(res, cursor.error());
    auto page = ctx.online.queue(*user, *limit, *cursor);
    if (!page.ok()) return send_error(res, page.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& d : page->items) items.push_back(staff_dossier_list_json(d));
    send_json(res, 200, {{"items", items}, {"next_cursor", next_cursor_json(page->next)}});
  });

  s.Post(R"(/api/v1/online-submissions/([^/]+)/accept)",
         [&ctx](const httplib::Request& req, httplib::Response& res) {
           auto user = current_user(req, ctx);
           if (!user.ok()) return send_error(res, user.error());
           auto d = ctx.online.accept(*user, req.matches[1]);
           if (!d.ok()) return send_error(res, d.error());
           send_json(res, 200, staff_dossier_json(*d));
         });

  s.Get(R"(/api/v1/dossiers/([^/]+)/uploads)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          const std::string code = req.matches[1];
          auto list = ctx.online.uploads(*user, code);
          if (!list.ok()) return send_error(res, list.error());
          nlohmann::json items = nlohmann::json::array();
          for (const auto& u : *list) items.push_back(upload_json(code, u));
          send_json(res, 200, {{"items", items}});
        });

  s.Get(R"(/api/v1/dossiers/([^/]+)/uploads/([0-9]{1,4}))",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto file = ctx.online.upload(*user, req.matches[1], client_address(req, ctx),
                                        std::stoi(req.matches[2]));
          if (!file.ok()) return send_error(res, file.error());
          // Served as the type its content proved, never sniffed into HTML by the browser.
          res.set_header("X-Content-Type-Options", "nosniff");
          res.set_header("Content-Disposition",
                         "inline; filename=\"upload-" + std::string(req.matches[2]) + "\"");
          res.set_content(std::move(file->bytes), file->upload.media_type);
        });

  s.Get("/api/v1/public/rating-levels",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto allowed = ctx.limiter.hit("agencies:" + client_address(req, ctx),
                                         kAgencyListsPerMinute, std::chrono::seconds(60));
          if (!allowed.ok()) return send_error(res, allowed.error());
          nlohmann::json items = nlohmann::json::array();
          for (const auto& l : dossier::rating_levels())
            items.push_back({{"code", l.code}, {"label", l.label}, {"satisfied", l.satisfied}});
          send_json(res, 200, {{"items", items}});
        });

  s.Post(R"(/api/v1/public/dossiers/([^/]+)/rating)",
         [&ctx](const httplib::Request& req, httplib::Response& res) {
           const std::string address = client_address(req, ctx);
           auto allowed =
               ctx.limiter.hit("rating:" + address, kRatingsPerMinute, std::chrono::seconds(60));
           if (!allowed.ok()) return send_error(res, allowed.error());
           auto body = parse_json_body(req);
           if (!body.ok()) return send_error(res, body.error());
           for (const char* key : {"phone_last4", "level"})
             if (!body->contains(key) || !(*body)[key].is_string())
               return send_error(res, bad_field(key, std::string(key) + " is required",
                                                std::string(key) == "level"
                                                    ? "vui lòng chọn mức đánh giá"
                                                    : "vui lòng nhập 4 số cuối điện thoại"));
           if (body->contains("comment") && !(*body)["comment"].is_string() &&
               !(*body)["comment"].is_null())
             return send_error(
                 res, bad_field("comment", "comment must be text", "ý kiến phải là chuỗi ký tự"));
           service::RatingInput in{req.matches[1], (*body)["phone_last4"].get<std::string>(),
                                   (*body)["level"].get<std::string>(),
                                   optional_string(*body, "comment"), address};
           auto r = ctx.online.rate(in);
           if (!r.ok()) return send_error(res, r.error());
           send_json(res, 201, rating_json(*r));
         });
}

}  // namespace motcua::http
