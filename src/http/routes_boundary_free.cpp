// The province's list of procedures received regardless of administrative boundaries
// (Decree 118/2025), kept by its admins, with the history of every change.
#include "auth_guard.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {

using nlohmann::json;

json entry_json(const store::BoundaryFreeEntry& e) {
  return {{"province_code", e.province_code},
          {"procedure_code", e.procedure_code},
          {"procedure_name", e.procedure_name},
          {"basis", e.basis},
          {"version", e.version},
          {"updated_by", e.updated_by},
          {"updated_at", format_iso(e.updated_at)}};
}

json body_json(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  json j = json::parse(*text, nullptr, false);
  return j.is_discarded() ? json(*text) : j;
}

json edit_json(const store::BoundaryFreeEdit& e) {
  return {{"province_code", e.province_code},
          {"procedure_code", e.procedure_code},
          {"version", e.version},
          {"action", e.action},
          {"old", body_json(e.old_body)},
          {"new", body_json(e.new_body)},
          {"edited_by", e.edited_by},
          {"edited_at", format_iso(e.edited_at)}};
}

}  // namespace

void register_boundary_free_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/admin/boundary-free", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto limit = limit_param(req, 100, 500);
    if (!limit.ok()) return send_error(res, limit.error());
    auto cursor = cursor_param(req);
    if (!cursor.ok()) return send_error(res, cursor.error());
    auto page = ctx.boundary_free.list(*user, *cursor ? (*cursor)->code : std::string{}, *limit);
    if (!page.ok()) return send_error(res, page.error());
    json items = json::array();
    for (const auto& e : page->items) items.push_back(entry_json(e));
    std::optional<store::PageKey> next;
    if (page->next) next = store::PageKey{"", *page->next};
    send_json(res, 200,
              {{"province_code", page->province_code},
               {"items", items},
               {"limit", *limit},
               {"next_cursor", next_cursor_json(next)}});
  });

  constexpr const char* kOne = R"(/api/v1/admin/boundary-free/([^/]+))";
  s.Put(kOne, [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto body = parse_json_body(req);
    if (!body.ok()) return send_error(res, body.error());
    std::string basis;
    if (auto b = body->find("basis"); b != body->end() && !b->is_null()) {
      if (!b->is_string())
        return send_error(
            res, make_error(ErrorCode::invalid, "boundary_free.basis", "basis must be a string",
                            "basis phải là chuỗi ký tự", "basis"));
      basis = b->get<std::string>();
    }
    auto entry = ctx.boundary_free.put(*user, req.matches[1], basis);
    if (!entry.ok()) return send_error(res, entry.error());
    send_json(res, 200, entry_json(*entry));
  });
  s.Delete(kOne, [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto done = ctx.boundary_free.remove(*user, req.matches[1]);
    if (!done.ok()) return send_error(res, done.error());
    res.status = 204;
  });
  s.Get(R"(/api/v1/admin/boundary-free/([^/]+)/history)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto limit = limit_param(req, 100, service::BoundaryFreeService::kHistoryPage);
          if (!limit.ok()) return send_error(res, limit.error());
          auto offset = offset_param(req);
          if (!offset.ok()) return send_error(res, offset.error());
          auto edits = ctx.boundary_free.history(*user, req.matches[1], *limit, *offset);
          if (!edits.ok()) return send_error(res, edits.error());
          json items = json::array();
          for (const auto& e : *edits) items.push_back(edit_json(e));
          send_json(res, 200, {{"items", items}, {"limit", *limit}, {"offset", *offset}});
        });
}

}  // namespace motcua::http
