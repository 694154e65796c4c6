#include "action_request_json.hpp"

#include "json_io.hpp"
#include "motcua/common/time.hpp"

namespace motcua::http {

namespace {

Error bad(const std::string& field, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "workflow." + field, en, vi, field);
}

// A text parameter that, when present, must be a text.
Result<std::optional<std::string>> optional_text(const nlohmann::json& body, const char* key) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::optional<std::string>{};
  if (!it->is_string())
    return bad(key, std::string(key) + " must be a text",
               std::string(key) + " phải là chuỗi ký tự");
  return std::optional<std::string>{it->get<std::string>()};
}

}  // namespace

Result<std::pair<dossier::Action, dossier::ActionInput>> action_request_from_json(
    const nlohmann::json& body) {
  auto name = required_string(body, "action");
  if (!name.ok()) return name.error();
  dossier::Action action = dossier::Action::claim;
  if (!dossier::parse_action(*name, action))
    return make_error(ErrorCode::invalid, "workflow.unknown_action",
                      "unknown action \"" + *name + "\"", "không có thao tác \"" + *name + "\"",
                      "action");
  dossier::ActionInput in;
  for (auto [key, out] : {std::pair{"reason", &in.reason},
                          {"reason_code", &in.reason_code},
                          {"note", &in.note},
                          {"assignee", &in.assignee},
                          {"step", &in.step},
                          {"method", &in.method},
                          {"tracking_number", &in.tracking_number}}) {
    auto v = optional_text(body, key);
    if (!v.ok()) return v.error();
    *out = v->value_or("");
  }
  auto agency = optional_text(body, "agency_code");
  if (!agency.ok()) return agency.error();
  in.agency_code = *agency;
  auto role = optional_text(body, "role");
  if (!role.ok()) return role.error();
  in.role = *role;
  if (auto it = body.find("hours"); it != body.end() && !it->is_null()) {
    if (!it->is_number())
      return bad("hours", "hours must be a number of working hours above 0",
                 "hours phải là số giờ làm việc lớn hơn 0");
    in.hours = it->get<double>();
  }
  auto due = optional_text(body, "new_due_at");
  if (!due.ok()) return due.error();
  if (*due) {
    in.new_due_at_given = true;
    in.new_due_at = parse_iso(**due);
  }
  if (auto it = body.find("items"); it != body.end() && !it->is_null()) {
    if (!it->is_array())
      return bad("items", "items must be a list of {content, reason}",
                 "items phải là danh sách {content, reason}");
    for (const auto& i : *it) {
      if (!i.is_object())
        return bad("items", "each item is an object {content, reason}",
                   "mỗi mục là một đối tượng {content, reason}");
      dossier::SupplementItem item;
      item.content = optional_string(i, "content");
      item.reason = optional_string(i, "reason");
      in.items.push_back(std::move(item));
    }
  }
  return std::pair{action, std::move(in)};
}

}  // namespace motcua::http
