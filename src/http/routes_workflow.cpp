// Officer work: one action on a dossier, the officer's queue, and the legal forms 02-05.
#include "action_request_json.hpp"
#include "auth_guard.hpp"
#include "dossier_json.hpp"
#include "json_io.hpp"
#include "motcua/common/log.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/pause_reasons.hpp"
#include "routes.hpp"
#include "workflow_json.hpp"

namespace motcua::http {

namespace {

nlohmann::json action_names(const std::vector<dossier::Action>& actions) {
  nlohmann::json out = nlohmann::json::array();
  for (auto a : actions) out.push_back(dossier::to_string(a));
  return out;
}

// Who asks for a list paged by key, how many rows (1 to 200, default 50), and from where.
struct KeysetCall {
  auth::User user;
  int limit = 50;
  std::optional<store::PageKey> cursor;
};
Result<KeysetCall> keyset_call(const httplib::Request& req, ApiContext& ctx) {
  auto user = current_user(req, ctx);
  if (!user.ok()) return user.error();
  auto limit = limit_param(req, 50, 200);
  if (!limit.ok()) return limit.error();
  auto cursor = cursor_param(req);
  if (!cursor.ok()) return cursor.error();
  return KeysetCall{std::move(*user), *limit, std::move(*cursor)};
}

}  // namespace

void register_workflow_routes(RouteTable& s, ApiContext& ctx) {
  s.Post(R"(/api/v1/dossiers/([^/]+)/actions)", [&ctx](const httplib::Request& req,
                                                       httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto body = parse_json_body(req);
    if (!body.ok()) return send_error(res, body.error());
    auto request = action_request_from_json(*body);
    if (!request.ok()) return send_error(res, request.error());
    const std::string code = req.matches[1];
    auto d = ctx.workflow.perform(*user, code, request->first, std::move(request->second));
    if (!d.ok()) {
      if (d.error().key != "workflow.invalid_state") return send_error(res, d.error());
      // 409 lists what the caller may do instead.
      auto view = ctx.dossiers.get_for_staff(*user, code, "workflow", client_address(req, ctx));
      nlohmann::json err = {{"code", d.error().key},
                            {"message", d.error().message},
                            {"message_vi", d.error().message_vi},
                            {"field", "action"}};
      if (!view.ok()) return send_error(res, view.error());
      auto actions = ctx.workflow.allowed_for(*user, view->dossier);
      if (!actions.ok()) return send_error(res, actions.error());
      const nlohmann::json allowed = action_names(*actions);
      err["allowed_actions"] = allowed;
      return send_json(res, 409, {{"error", err}, {"allowed_actions", allowed}});
    }
    nlohmann::json j = staff_dossier_json(*d);
    // The action is stored: a failure to list the next ones must not answer as if it
    // were not. The list is null then, and the cause is logged under the request id.
    auto actions = ctx.workflow.allowed_for(*user, *d);
    if (actions.ok()) {
      j["allowed_actions"] = action_names(*actions);
    } else {
      j["allowed_actions"] = nullptr;
      log::error("allowed actions unavailable after an action",
                 {{"request_id", request_id_of(res)},
                  {"dossier", code},
                  {"code", actions.error().key},
                  {"error", actions.error().message}});
    }
    add_clock(j, *d);
    send_json(res, 200, j);
  });

  s.Get("/api/v1/me/queue", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto call = keyset_call(req, ctx);
    if (!call.ok()) return send_error(res, call.error());
    auto& [user, limit, cursor] = *call;
    auto offset = offset_param(req);
    if (!offset.ok()) return send_error(res, offset.error());
    auto page = ctx.workflow.queue(user, limit, cursor, *offset);
    if (!page.ok()) return send_error(res, page.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : page->items) {
      const auto& d = item.dossier;
      items.push_back(
          {{"code", d.code},
           {"procedure_code", d.procedure_code},
           {"procedure_name", d.procedure_name},
           {"applicant_name", d.applicant.full_name},
           {"status", dossier::to_string(d.status)},
           {"current_step", d.current_step},
           {"step_role", d.step_role},
           {"assignee", d.assignee.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.assignee)},
           {"due_at", format_iso(d.due_at)},
           {"step_due_at",
            d.step_due_at ? nlohmann::json(format_iso(*d.step_due_at)) : nlohmann::json(nullptr)},
           {"remaining_minutes", item.remaining_minutes},
           {"overdue_minutes", item.overdue_minutes},
           {"overdue", item.overdue_minutes > 0},
           {"clock_stopped", d.clock_stopped},
           {"pause_reason",
            d.pause_reason.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.pause_reason)},
           {"warning", item.warning},
           {"consultation", item.consultation
                                ? consultation_json(*item.consultation, item.consultation_late)
                                : nlohmann::json(nullptr)},
           {"consultation_overdue", item.consultation_late}});
    }
    send_json(res, 200,
              {{"items", items},
               {"limit", page->limit},
               {"offset", page->offset},
               {"next_cursor", next_cursor_json(page->next)}});
  });

  // The closed list of pause reasons (issue 10), for the console's pause dialog.
  s.Get("/api/v1/pause-reasons", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : dossier::pause_reasons())
      out.push_back({{"code", r.code},
                     {"label", r.label_vi},
                     {"label_en", r.label_en},
                     {"stops_clock", r.stops_clock},
                     {"waits_for_applicant", r.waits_for_applicant},
                     {"basis", r.basis}});
    send_json(res, 200, {{"reasons", out}});
  });

  s.Get("/api/v1/reports/paused", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto call = keyset_call(req, ctx);
    if (!call.ok()) return send_error(res, call.error());
    auto& [user, limit, cursor] = *call;
    auto report = ctx.workflow.paused_report(user, limit, cursor);
    if (!report.ok()) return send_error(res, report.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : report->items) {
      const auto& d = item.dossier;
      const auto* why = dossier::find_pause_reason(d.pause_reason);
      items.push_back(
          {{"code", d.code},
           {"procedure_code", d.procedure_code},
           {"procedure_name", d.procedure_name},
           {"current_step", d.current_step},
           {"reason_code", why ? nlohmann::json(why->code) : nlohmann::json(nullptr)},
           {"reason", why ? nlohmann::json(why->label_vi) : nlohmann::json(nullptr)},
           {"stops_clock", d.clock_stopped},
           {"waits_for_applicant", why && why->waits_for_applicant},
           {"paused_at", d.paused_at ? nlohmann::json(format_iso(*d.paused_at)) : nullptr},
           {"paused_working_minutes", item.paused_minutes},
           {"due_at", format_iso(d.due_at)},
           {"statutory_due_at", format_iso(d.statutory_due_at)}});
    }
    nlohmann::json body = {{"agency_code", user.agency_code},
                           {"items", items},
                           {"limit", limit},
                           {"next_cursor", next_cursor_json(report->next)}};
    if (!cursor) {
      nlohmann::json counts = nlohmann::json::object();
      for (const auto& [code, n] : report->counts) counts[code.empty() ? "unlisted" : code] = n;
      body["counts_by_reason"] = counts;
    }
    send_json(res, 200, body);
  });

  s.Get("/api/v1/reports/apologies", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto call = keyset_call(req, ctx);
    if (!call.ok()) return send_error(res, call.error());
    auto& [user, limit, cursor] = *call;
    std::optional<TimePoint> from;
    if (req.has_param("from")) {
      from = parse_iso(req.get_param_value("from"));
      if (!from)
        return send_error(
            res, make_error(ErrorCode::invalid, "request.time",
                            "from must be an ISO-8601 time, e.g. 2026-01-01T00:00:00+07:00",
                            "from phải là thời điểm ISO-8601", "from"));
    }
    auto report = ctx.workflow.apology_report(user, limit, cursor, from);
    if (!report.ok()) return send_error(res, report.error());
    send_json(res, 200, apology_report_json(*report));
  });

  s.Get(R"(/api/v1/dossiers/([^/]+)/forms/06\.json)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto pc = ctx.workflow.process_control(*user, req.matches[1]);
          if (!pc.ok()) return send_error(res, pc.error());
          send_json(res, 200, process_control_json(*pc));
        });

  // Circular 03/2025 numbers: 01 is the receipt (also at receipt.pdf), 02-06 the workflow's.
  s.Get(R"(/api/v1/dossiers/([^/]+)/forms/(0[1-6]|stop)\.pdf)", [&ctx](const httplib::Request& req,
                                                                       httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    const std::string code = req.matches[1];
    const std::string form = req.matches[2];
    auto pdf = form == "01" ? ctx.receipts.receipt_pdf(*user, code, client_address(req, ctx))
                            : ctx.workflow.form_pdf(*user, code, form);
    if (!pdf.ok()) return send_error(res, pdf.error());
    res.set_header("Content-Disposition", "inline; filename=\"" + code + "-form" + form + ".pdf\"");
    res.set_content(std::move(*pdf), "application/pdf");
  });
}

}  // namespace motcua::http
