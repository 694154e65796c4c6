#include "reception_request_json.hpp"

#include <charconv>

#include "json_io.hpp"
#include "motcua/catalog/catalog_names.hpp"

namespace motcua::http {

namespace {
Error reception_request_bad(const std::string& field, const std::string& en,
                            const std::string& vi) {
  return make_error(ErrorCode::invalid, "request.invalid_field", en, vi, field);
}

// Document ids are numbers; a numeric string is accepted too.
std::optional<int> reception_request_document_id(const nlohmann::json& v) {
  if (v.is_number_integer()) return v.get<int>();
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    int id = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
    if (ec == std::errc() && p == s.data() + s.size()) return id;
  }
  return std::nullopt;
}
}  // namespace

Result<dossier::Applicant> applicant_from_json(const nlohmann::json& body,
                                               bool id_number_required) {
  auto applicant = body.find("applicant");
  if (applicant == body.end() || !applicant->is_object())
    return reception_request_bad("applicant",
                                 "applicant must be an object with full_name, id_number and phone",
                                 "applicant phải là đối tượng gồm full_name, id_number, phone");
  dossier::Applicant a;
  for (auto [key, target] : {std::pair{"full_name", &a.full_name},
                             std::pair{"id_number", &a.id_number}, std::pair{"phone", &a.phone}}) {
    if (!id_number_required && target == &a.id_number) {
      if (applicant->contains(key) && !(*applicant)[key].is_string() &&
          !(*applicant)[key].is_null())
        return reception_request_bad("applicant.id_number", "id_number must be a string",
                                     "id_number phải là chuỗi ký tự");
      a.id_number = optional_string(*applicant, key);
      continue;
    }
    auto v = required_string(*applicant, key, "applicant");
    if (!v.ok()) return v.error();
    *target = *v;
  }
  a.email = optional_string(*applicant, "email");
  a.address = optional_string(*applicant, "address");
  return a;
}

Result<catalog::Channel> channel_from_json(const nlohmann::json& body) {
  const std::string channel = body.contains("channel") && body["channel"].is_string()
                                  ? body["channel"].get<std::string>()
                                  : (body.contains("channel") ? "?" : "counter");
  auto parsed_channel = catalog::parse_channel_name(channel);
  if (!parsed_channel)
    return reception_request_bad(
        "channel", "channel must be counter, online or postal",
        "channel phải là counter (trực tiếp), online (trực tuyến) hoặc postal (bưu chính)");
  return *parsed_channel;
}

Result<dossier::ReceptionRequest> reception_request_from_json(const nlohmann::json& body) {
  dossier::ReceptionRequest r;
  auto code = required_string(body, "procedure_code");
  if (!code.ok()) return code.error();
  r.procedure_code = *code;
  auto applicant = applicant_from_json(body, true);
  if (!applicant.ok()) return applicant.error();
  r.applicant = std::move(*applicant);
  auto channel = channel_from_json(body);
  if (!channel.ok()) return channel.error();
  r.channel = *channel;
  r.agency_code = optional_string(body, "agency_code");
  // Decree 118/2025: for a boundary-free procedure the desk names the competent agency.
  if (auto competent = body.find("competent_agency_code");
      competent != body.end() && !competent->is_null()) {
    if (!competent->is_string() || competent->get<std::string>().size() > 64)
      return reception_request_bad(
          "competent_agency_code",
          "competent_agency_code must be an agency code (a string of at most 64 bytes)",
          "competent_agency_code phải là mã cơ quan (chuỗi tối đa 64 ký tự)");
    r.competent_agency_code = competent->get<std::string>();
  }

  auto docs = body.find("documents");
  if (docs == body.end() || !docs->is_array())
    return reception_request_bad(
        "documents", "documents must be an array of {id, copies} or {name, copies}",
        "documents phải là danh sách các giấy tờ {id, copies} hoặc {name, copies}");
  if (docs->size() > 200)
    return reception_request_bad("documents", "at most 200 documents", "tối đa 200 giấy tờ");
  for (size_t i = 0; i < docs->size(); ++i) {
    const auto& d = (*docs)[i];
    const std::string field = "documents[" + std::to_string(i) + "]";
    if (!d.is_object())
      return reception_request_bad(field, field + " must be an object",
                                   field + " phải là một đối tượng");
    dossier::ReceivedDocument doc;
    if (d.contains("id")) {
      auto id = reception_request_document_id(d["id"]);
      if (!id || *id < 1)
        return reception_request_bad(field + ".id", "document id must be a positive number",
                                     "mã giấy tờ phải là số nguyên dương");
      doc.required_id = *id;
    } else {
      doc.name = optional_string(d, "name");
    }
    if (d.contains("copies")) {
      if (!d["copies"].is_number_integer())
        return reception_request_bad(field + ".copies", "copies must be a whole number",
                                     "copies phải là số nguyên");
      doc.copies = d["copies"].get<int>();
    }
    r.documents.push_back(std::move(doc));
  }
  return r;
}

}  // namespace motcua::http
