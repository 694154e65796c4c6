#include "motcua/catalog/procedure_json.hpp"

#include <algorithm>
#include <string>

#include "motcua/catalog/catalog_names.hpp"

namespace motcua::catalog {

using nlohmann::json;

namespace {

Error procedure_bad(const std::string& field, const std::string& what) {
  return make_error(ErrorCode::invalid, "catalog.bad_procedure_json",
                    "procedure JSON: " + field + " " + what,
                    "JSON thủ tục: trường " + field + " không hợp lệ", field);
}

// Reads an optional string member; absent or null leaves out unchanged.
Status read_string(const json& j, const char* key, const std::string& path, std::string& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return ok_status();
  if (!it->is_string()) return procedure_bad(path + key, "must be a string");
  out = it->get<std::string>();
  return ok_status();
}

json time_to_json(const std::optional<calendar::ProcessingTime>& t) {
  if (!t) return nullptr;
  return json{{"amount", t->amount}, {"unit", calendar::to_string(t->unit)}};
}

Result<ChannelTerm> channel_from_json(const json& j, const std::string& path) {
  if (!j.is_object()) return procedure_bad(path, "must be an object");
  ChannelTerm c;
  std::string channel = "counter";
  MOTCUA_TRY(read_string(j, "channel", path + ".", channel));
  auto parsed = parse_channel_name(channel);
  if (!parsed) return procedure_bad(path + ".channel", "is not counter, online or postal");
  c.channel = *parsed;
  if (auto it = j.find("time"); it != j.end() && !it->is_null()) {
    if (!it->is_object() || !it->contains("amount") || !(*it)["amount"].is_number() ||
        !it->contains("unit") || !(*it)["unit"].is_string())
      return procedure_bad(path + ".time", "must be {\"amount\": number, \"unit\": name}");
    calendar::ProcessingTime t;
    t.amount = (*it)["amount"].get<double>();
    if (!calendar::parse_time_unit((*it)["unit"].get<std::string>(), t.unit))
      return procedure_bad(path + ".time.unit", "is not a known time unit");
    c.time = t;
  }
  if (auto it = j.find("fee_vnd"); it != j.end() && !it->is_null()) {
    if (!it->is_number_integer()) return procedure_bad(path + ".fee_vnd", "must be an integer");
    c.fee_vnd = it->get<long long>();
  }
  MOTCUA_TRY(read_string(j, "time_text", path + ".", c.time_text));
  MOTCUA_TRY(read_string(j, "fee_text", path + ".", c.fee_text));
  MOTCUA_TRY(read_string(j, "description", path + ".", c.description));
  return c;
}

Result<RequiredDocument> document_from_json(const json& j, const std::string& path) {
  if (!j.is_object()) return procedure_bad(path, "must be an object");
  RequiredDocument d;
  if (auto it = j.find("id"); it != j.end()) {
    if (!it->is_number_integer()) return procedure_bad(path + ".id", "must be an integer");
    d.id = it->get<int>();
  }
  if (auto it = j.find("copies"); it != j.end()) {
    if (!it->is_number_integer()) return procedure_bad(path + ".copies", "must be an integer");
    d.copies = it->get<int>();
  }
  if (auto it = j.find("mandatory"); it != j.end()) {
    if (!it->is_boolean()) return procedure_bad(path + ".mandatory", "must be true or false");
    d.mandatory = it->get<bool>();
  }
  MOTCUA_TRY(read_string(j, "name", path + ".", d.name));
  MOTCUA_TRY(read_string(j, "copy_kind", path + ".", d.copy_kind));
  MOTCUA_TRY(read_string(j, "form", path + ".", d.form));
  if (auto it = j.find("channels"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return procedure_bad(path + ".channels", "must be an array");
    for (const json& c : *it) {
      auto channel = c.is_string() ? parse_channel_name(c.get<std::string>()) : std::nullopt;
      if (!channel)
        return procedure_bad(path + ".channels",
                             "holds a channel other than counter, online or postal");
      if (std::find(d.channels.begin(), d.channels.end(), *channel) == d.channels.end())
        d.channels.push_back(*channel);
    }
    std::sort(d.channels.begin(), d.channels.end());
  }
  return d;
}

}  // namespace

json to_json(const Procedure& p) {
  json levels = json::array();
  for (Level l : p.levels) levels.push_back(level_name(l));
  json channels = json::array();
  for (const ChannelTerm& c : p.channels) {
    channels.push_back({{"channel", channel_name(c.channel)},
                        {"time", time_to_json(c.time)},
                        {"time_text", c.time_text},
                        {"fee_vnd", c.fee_vnd ? json(*c.fee_vnd) : json(nullptr)},
                        {"fee_text", c.fee_text},
                        {"description", c.description}});
  }
  json documents = json::array();
  for (const RequiredDocument& d : p.documents) {
    json doc{{"id", d.id},         {"name", d.name},
             {"copies", d.copies}, {"copy_kind", d.copy_kind},
             {"form", d.form},     {"mandatory", d.mandatory}};
    // Only channel-specific documents carry "channels"; absent = every channel.
    if (!d.channels.empty()) {
      json channels = json::array();
      for (Channel c : d.channels) channels.push_back(channel_name(c));
      doc["channels"] = channels;
    }
    documents.push_back(std::move(doc));
  }
  return json{{"code", p.code},
              {"name", p.name},
              {"decision_number", p.decision_number},
              {"levels", levels},
              {"field", p.field},
              {"implementing_agency", p.implementing_agency},
              {"competent_agency", p.competent_agency},
              {"subjects", p.subjects},
              {"steps_text", p.steps_text},
              {"channels", channels},
              {"documents", documents},
              {"legal_basis", p.legal_basis},
              {"conditions", p.conditions},
              {"result", p.result},
              {"status", status_name(p.status)},
              {"replaced_by", p.replaced_by},
              {"effective_from", p.effective_from},
              {"source_url", p.source_url}};
}

Result<Procedure> procedure_from_json(const json& j) {
  if (!j.is_object()) return procedure_bad("procedure", "must be an object");
  Procedure p;
  MOTCUA_TRY(read_string(j, "code", "", p.code));
  MOTCUA_TRY(read_string(j, "name", "", p.name));
  if (p.code.empty()) return procedure_bad("code", "is required");
  if (p.name.empty()) return procedure_bad("name", "is required");
  for (auto [key, out] : {std::pair{"decision_number", &p.decision_number},
                          {"field", &p.field},
                          {"implementing_agency", &p.implementing_agency},
                          {"competent_agency", &p.competent_agency},
                          {"subjects", &p.subjects},
                          {"steps_text", &p.steps_text},
                          {"conditions", &p.conditions},
                          {"result", &p.result},
                          {"replaced_by", &p.replaced_by},
                          {"effective_from", &p.effective_from},
                          {"source_url", &p.source_url}})
    MOTCUA_TRY(read_string(j, key, "", *out));
  if (auto it = j.find("levels"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return procedure_bad("levels", "must be an array");
    for (const json& l : *it) {
      auto level = l.is_string() ? parse_level_name(l.get<std::string>()) : std::nullopt;
      if (!level) return procedure_bad("levels", "holds an unknown level");
      p.levels.push_back(*level);
    }
  }
  if (auto it = j.find("status"); it != j.end() && !it->is_null()) {
    auto status = it->is_string() ? parse_status_name(it->get<std::string>()) : std::nullopt;
    if (!status) return procedure_bad("status", "is not active, abolished or replaced");
    p.status = *status;
  }
  if (auto it = j.find("channels"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return procedure_bad("channels", "must be an array");
    for (size_t i = 0; i < it->size(); ++i) {
      auto c = channel_from_json((*it)[i], "channels[" + std::to_string(i) + "]");
      if (!c) return c.error();
      p.channels.push_back(std::move(*c));
    }
  }
  if (auto it = j.find("documents"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return procedure_bad("documents", "must be an array");
    for (size_t i = 0; i < it->size(); ++i) {
      auto d = document_from_json((*it)[i], "documents[" + std::to_string(i) + "]");
      if (!d) return d.error();
      p.documents.push_back(std::move(*d));
    }
  }
  if (auto it = j.find("legal_basis"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return procedure_bad("legal_basis", "must be an array of strings");
    for (const json& s : *it) {
      if (!s.is_string()) return procedure_bad("legal_basis", "must be an array of strings");
      p.legal_basis.push_back(s.get<std::string>());
    }
  }
  return p;
}

Result<std::vector<Procedure>> procedures_from_json(const json& j) {
  if (!j.is_array()) return procedure_bad("procedures", "must be an array");
  std::vector<Procedure> out;
  out.reserve(j.size());
  for (size_t i = 0; i < j.size(); ++i) {
    auto p = procedure_from_json(j[i]);
    if (!p) {
      Error e = p.error();
      e.message = "procedures[" + std::to_string(i) + "]: " + e.message;
      return e;
    }
    out.push_back(std::move(*p));
  }
  return out;
}

bool operator==(const RequiredDocument& a, const RequiredDocument& b) {
  return a.id == b.id && a.name == b.name && a.copies == b.copies && a.copy_kind == b.copy_kind &&
         a.form == b.form && a.mandatory == b.mandatory && a.channels == b.channels;
}

bool operator==(const ChannelTerm& a, const ChannelTerm& b) {
  return a.channel == b.channel && a.time == b.time && a.time_text == b.time_text &&
         a.fee_vnd == b.fee_vnd && a.fee_text == b.fee_text && a.description == b.description;
}

bool operator==(const Procedure& a, const Procedure& b) {
  return a.code == b.code && a.name == b.name && a.decision_number == b.decision_number &&
         a.levels == b.levels && a.field == b.field &&
         a.implementing_agency == b.implementing_agency &&
         a.competent_agency == b.competent_agency && a.subjects == b.subjects &&
         a.steps_text == b.steps_text && a.channels == b.channels && a.documents == b.documents &&
         a.legal_basis == b.legal_basis && a.conditions == b.conditions && a.result == b.result &&
         a.status == b.status && a.replaced_by == b.replaced_by &&
         a.effective_from == b.effective_from && a.source_url == b.source_url;
}

}  // namespace motcua::catalog
