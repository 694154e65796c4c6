#include "motcua/catalog/portal_record.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "portal_parts.hpp"
#include "portal_text.hpp"

namespace motcua::catalog {

namespace {

using nlohmann::json;

constexpr std::array<std::pair<std::string_view, Level>, 4> kLevels{{
    {"Cấp bộ", Level::ministry},
    {"Cấp tỉnh", Level::province},
    {"Cấp xã", Level::commune},
    {"Cơ quan khác", Level::other},
}};

Error portal_record_rejected(std::string message, std::string message_vi, std::string field = {}) {
  return make_error(ErrorCode::invalid, "catalog.record_rejected", std::move(message),
                    std::move(message_vi), std::move(field));
}

std::string raw_string(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::string portal_record_value(const json& j, const char* key) {
  return portal::clean_value(raw_string(j, key));
}

std::vector<Level> parse_levels(std::string_view text, std::vector<std::string>& warnings) {
  std::vector<Level> levels;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = text.find(',', i);
    if (j == std::string_view::npos) j = text.size();
    std::string part = portal::trim(text.substr(i, j - i));
    if (!part.empty()) {
      bool known = false;
      for (const auto& [name, level] : kLevels) {
        if (part == name) {
          known = true;
          if (std::find(levels.begin(), levels.end(), level) == levels.end())
            levels.push_back(level);
        }
      }
      if (!known) warnings.push_back("level.unknown: \"" + part + "\" ignored");
    }
    i = j + 1;
  }
  if (levels.empty()) warnings.push_back("level.missing: no implementing level");
  return levels;
}

// ket_qua_xu_ly ends with the portal's agency picker ("Chọn cơ quan thực hiện…") and empty
// keyword/description cells; keep only the results themselves.
std::string clean_result(std::string text) {
  for (std::string_view junk : {"Chọn cơ quan thực hiện", "Từ khóaKhông có thông tin"}) {
    size_t at = text.find(junk);
    if (at != std::string::npos) text.erase(at);
  }
  return portal::trim(text);
}

}  // namespace

Result<ParsedProcedure> parse_portal_record(std::string_view json_text) {
  json j = json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (j.is_discarded()) return portal_record_rejected("not valid JSON", "không phải JSON hợp lệ");
  if (!j.is_object())
    return portal_record_rejected("not a JSON object", "không phải đối tượng JSON");

  ParsedProcedure out;
  Procedure& p = out.procedure;
  p.code = portal_record_value(j, "ma_thu_tuc");
  p.name = portal_record_value(j, "ten_thu_tuc");
  if (p.code.empty())
    return portal_record_rejected("no procedure code (ma_thu_tuc)", "thiếu mã thủ tục",
                                  "ma_thu_tuc");
  if (p.name.empty())
    return portal_record_rejected("procedure " + p.code + " has no name (ten_thu_tuc)",
                                  "thủ tục " + p.code + " thiếu tên", "ten_thu_tuc");

  p.decision_number = portal_record_value(j, "so_quyet_dinh");
  p.levels = parse_levels(portal_record_value(j, "cap_thuc_hien"), out.warnings);
  p.field = portal_record_value(j, "linh_vuc");
  p.implementing_agency = portal_record_value(j, "co_quan_thuc_hien");
  p.competent_agency = portal_record_value(j, "co_quan_co_tham_quyen");
  p.subjects = portal_record_value(j, "doi_tuong_thuc_hien");
  p.steps_text = portal_record_value(j, "trinh_tu_thuc_hien");
  p.conditions = portal_record_value(j, "yeu_cau_dieu_kien");
  p.result = clean_result(portal_record_value(j, "ket_qua_xu_ly"));
  p.source_url = portal_record_value(j, "detail_url");
  if (p.field.empty()) out.warnings.push_back("field.missing: no field (linh_vuc)");

  p.channels = portal::parse_channels(portal_record_value(j, "cach_thuc_thuc_hien"), out.warnings);
  if (p.channels.empty()) out.warnings.push_back("channels.none: no submission channel");
  p.documents = portal::parse_documents(portal_record_value(j, "thanh_phan_ho_so"), out.warnings);
  p.legal_basis = portal::parse_legal_basis(portal_record_value(j, "can_cu_phap_ly"));
  return out;
}

}  // namespace motcua::catalog
