#include "reception_notice_json.hpp"

#include "dossier_json.hpp"
#include "json_io.hpp"
#include "motcua/catalog/catalog_names.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/personal_data.hpp"
#include "reception_request_json.hpp"

namespace motcua::http {

namespace {
Error reception_notice_bad(const std::string& field, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "request.invalid_field", en, vi, field);
}

Result<std::vector<dossier::NoticeItem>> items_from_json(const nlohmann::json& body) {
  std::vector<dossier::NoticeItem> items;
  auto it = body.find("items");
  if (it == body.end() || it->is_null()) return items;
  if (!it->is_array())
    return reception_notice_bad("items", "items must be an array of {content, reason}",
                                "items phải là danh sách các nội dung {content, reason}");
  if (it->size() > dossier::kMaxNoticeItems)
    return reception_notice_bad("items", "at most 50 items", "tối đa 50 nội dung cần bổ sung");
  for (size_t i = 0; i < it->size(); ++i) {
    const auto& item = (*it)[i];
    const std::string field = "items[" + std::to_string(i) + "]";
    if (!item.is_object())
      return reception_notice_bad(field, field + " must be an object {content, reason}",
                                  field + " phải là đối tượng {content, reason}");
    auto content = required_string(item, "content", field);
    if (!content.ok()) return content.error();
    items.push_back({*content, optional_string(item, "reason")});
  }
  return items;
}
}  // namespace

Result<dossier::ReceptionNoticeRequest> reception_notice_request_from_json(
    const nlohmann::json& body) {
  dossier::ReceptionNoticeRequest r;
  auto kind_text = required_string(body, "kind");
  if (!kind_text.ok()) return kind_text.error();
  auto kind = dossier::parse_notice_kind(*kind_text);
  if (!kind)
    return reception_notice_bad(
        "kind", "kind must be supplement (Form 02) or refusal (Form 03)",
        "kind phải là supplement (Mẫu 02, hướng dẫn bổ sung) hoặc refusal (Mẫu 03, từ "
        "chối tiếp nhận)");
  r.kind = *kind;
  r.dossier_code = optional_string(body, "dossier_code");
  // Answering an online submission: procedure, channel and applicant are the dossier's.
  const bool online = !r.dossier_code.empty();
  auto code = online ? Result<std::string>(std::string{}) : required_string(body, "procedure_code");
  if (!code.ok()) return code.error();
  r.procedure_code = *code;
  if (!online) {
    auto channel = channel_from_json(body);
    if (!channel.ok()) return channel.error();
    r.channel = *channel;
    auto applicant = applicant_from_json(body, false);
    if (!applicant.ok()) return applicant.error();
    r.applicant = std::move(*applicant);
  }
  auto items = items_from_json(body);
  if (!items.ok()) return items.error();
  r.items = std::move(*items);
  if (body.contains("reason") && !body["reason"].is_string() && !body["reason"].is_null())
    return reception_notice_bad("reason", "reason must be text", "reason phải là chuỗi ký tự");
  r.reason = optional_string(body, "reason");
  r.contact_phone = optional_string(body, "contact_phone");
  r.agency_code = optional_string(body, "agency_code");
  return r;
}

nlohmann::json reception_notice_json(const service::IssuedNotice& issued) {
  const dossier::ReceptionNotice& n = issued.notice;
  nlohmann::json items = nlohmann::json::array();
  for (const auto& i : n.items) items.push_back({{"content", i.content}, {"reason", i.reason}});
  return {
      {"id", n.id},
      {"number", n.number},
      {"kind", dossier::to_string(n.kind)},
      {"form", n.kind == dossier::NoticeKind::supplement ? "02" : "03"},
      {"agency_code", n.agency_code},
      {"issued_by", n.issued_by},
      {"issuer_name", issued.issuer_name},
      {"issued_at", format_iso(n.issued_at)},
      {"procedure_code", n.procedure_code},
      {"procedure_version", n.procedure_version},
      {"procedure_name", n.procedure_name},
      {"channel", catalog::channel_name(n.channel)},
      {"applicant", applicant_json(n.applicant)},
      {"items", items},
      {"reason", n.reason},
      {"contact_phone", n.contact_phone},
      {"dossier_code", n.dossier_code.empty() ? nlohmann::json() : nlohmann::json(n.dossier_code)},
      {"pdf_url", "/api/v1/reception-notices/" + n.id + ".pdf"}};
}

nlohmann::json reception_notice_list_json(const service::IssuedNotice& issued) {
  nlohmann::json j = reception_notice_json(issued);
  j["applicant"] = applicant_json(dossier::masked(issued.notice.applicant));
  return j;
}

}  // namespace motcua::http
