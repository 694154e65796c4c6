// Process definitions in JSON: what admins PUT and import, and what the store keeps.
#include "motcua/catalog/catalog_names.hpp"
#include "motcua/dossier/process_definition.hpp"

namespace motcua::dossier {

namespace {

Error field_error(std::string field, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "process.invalid", en, vi, std::move(field));
}

std::string_view agency_name(const StepDefinition& s) {
  switch (s.agency) {
    case StepAgency::competent:
      return "competent";
    case StepAgency::receiving:
      return "receiving";
    case StepAgency::fixed:
      return s.agency_code;
  }
  return "competent";
}

Result<std::string> text(const nlohmann::json& obj, const char* key, const std::string& field,
                         bool required) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (!required) return std::string{};
    return field_error(field, field + " is required", "thiếu trường " + field);
  }
  if (!it->is_string() || (required && it->get_ref<const std::string&>().empty()))
    return field_error(field, field + " must be a non-empty string",
                       "trường " + field + " phải là chuỗi ký tự khác rỗng");
  return it->get<std::string>();
}

Result<StepDefinition> step_from_json(const nlohmann::json& j, size_t i) {
  const std::string at = "steps[" + std::to_string(i) + "]";
  if (!j.is_object())
    return field_error(at, at + " must be an object", at + " phải là một đối tượng JSON");
  StepDefinition s;
  auto name = text(j, "name", at + ".name", true);
  if (!name.ok()) return name.error();
  s.name = *name;
  auto label = text(j, "label", at + ".label", true);
  if (!label.ok()) return label.error();
  s.label = *label;
  auto role = text(j, "role", at + ".role", true);
  if (!role.ok()) return role.error();
  if (!auth::parse_role(*role, s.role))
    return field_error(at + ".role", "unknown role \"" + *role + "\"",
                       "không có vai trò \"" + *role + "\"");
  // Absent means the competent agency; present, it must name one.
  auto agency = text(j, "agency", at + ".agency", j.contains("agency"));
  if (!agency.ok()) return agency.error();
  if (agency->empty() || *agency == "competent") {
    s.agency = StepAgency::competent;
  } else if (*agency == "receiving") {
    s.agency = StepAgency::receiving;
  } else {
    s.agency = StepAgency::fixed;
    s.agency_code = *agency;
  }
  auto hours = j.find("allowance_hours");
  if (hours == j.end() || !hours->is_number())
    return field_error(at + ".allowance_hours",
                       at + ".allowance_hours must be a number of working hours",
                       "trường " + at + ".allowance_hours phải là số giờ làm việc");
  s.allowance_hours = hours->get<double>();
  if (auto actions = j.find("actions"); actions != j.end() && !actions->is_null()) {
    if (!actions->is_array())
      return field_error(at + ".actions", at + ".actions must be a list of action names",
                         "trường " + at + ".actions phải là danh sách thao tác");
    for (size_t k = 0; k < actions->size(); ++k) {
      const auto& a = (*actions)[k];
      const std::string where = at + ".actions[" + std::to_string(k) + "]";
      Action parsed = Action::claim;
      if (!a.is_string() || !parse_action(a.get<std::string>(), parsed))
        return field_error(where, "unknown action " + a.dump(), "không có thao tác " + a.dump());
      s.actions.push_back(parsed);
    }
  }
  return s;
}

}  // namespace

Result<ProcessDefinition> process_definition_from_json(const nlohmann::json& j,
                                                       const std::string& procedure_code,
                                                       const std::string& channel) {
  if (!j.is_object())
    return field_error("body", "a process definition is a JSON object",
                       "quy trình phải là một đối tượng JSON");
  ProcessDefinition def;
  auto code = text(j, "procedure_code", "procedure_code", false);
  if (!code.ok()) return code.error();
  def.procedure_code = code->empty() ? procedure_code : *code;
  if (!procedure_code.empty() && def.procedure_code != procedure_code)
    return field_error("procedure_code",
                       "procedure_code " + def.procedure_code + " differs from " + procedure_code,
                       "mã thủ tục " + def.procedure_code + " khác với " + procedure_code);
  if (def.procedure_code.empty())
    return field_error("procedure_code", "procedure_code is required", "thiếu mã thủ tục");
  auto ch = text(j, "channel", "channel", false);
  if (!ch.ok()) return ch.error();
  def.channel = !ch->empty() ? *ch : !channel.empty() ? channel : std::string(kAnyChannel);
  if (!ch->empty() && !channel.empty() && *ch != channel)
    return field_error("channel", "channel " + *ch + " differs from " + channel,
                       "kênh " + *ch + " khác với " + channel);
  if (def.channel != kAnyChannel && !catalog::parse_channel_name(def.channel))
    return field_error("channel", "channel is counter, online, postal or any",
                       "kênh là counter, online, postal hoặc any");
  auto steps = j.find("steps");
  if (steps == j.end() || !steps->is_array())
    return field_error("steps", "steps must be a list of steps",
                       "trường steps phải là danh sách các bước");
  for (size_t i = 0; i < steps->size(); ++i) {
    auto s = step_from_json((*steps)[i], i);
    if (!s.ok()) return s.error();
    def.steps.push_back(std::move(*s));
  }
  MOTCUA_TRY(validate(def));
  return def;
}

nlohmann::json steps_json(const ProcessDefinition& def) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : def.steps) {
    nlohmann::json step = {{"name", s.name},
                           {"label", s.label},
                           {"role", auth::to_string(s.role)},
                           {"agency", agency_name(s)},
                           {"allowance_hours", s.allowance_hours}};
    if (!s.actions.empty()) {
      nlohmann::json actions = nlohmann::json::array();
      for (Action a : s.actions) actions.push_back(to_string(a));
      step["actions"] = actions;
    }
    steps.push_back(std::move(step));
  }
  return steps;
}

nlohmann::json to_json(const ProcessDefinition& def) {
  return {{"procedure_code", def.procedure_code},
          {"channel", def.channel},
          {"version", def.version},
          {"total_hours", def.total_hours()},
          {"steps", steps_json(def)}};
}

}  // namespace motcua::dossier
