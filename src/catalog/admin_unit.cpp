#include "motcua/catalog/admin_unit.hpp"

#include <array>
#include <utility>

#include "motcua/text/normalize.hpp"

namespace motcua::catalog {

namespace {

using nlohmann::json;

// AdministrativeUnitShortName in the dataset → our type names.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kTypes{{
    {"Tỉnh", "province"},
    {"Thành phố", "city"},
    {"Phường", "ward"},
    {"Xã", "commune"},
    {"Đặc khu", "special_zone"},
}};

Error bad(const std::string& what) {
  return make_error(ErrorCode::invalid, "catalog.bad_units_json", "administrative units: " + what,
                    "dữ liệu đơn vị hành chính không hợp lệ: " + what);
}

std::string text_of(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return text::clean_text(it->get<std::string>());
}

std::string type_of(const json& j, bool province) {
  std::string short_name = text_of(j, "AdministrativeUnitShortName");
  for (const auto& [vi, en] : kTypes)
    if (short_name == vi) return std::string(en);
  return province ? "province" : "commune";
}

Result<AdminUnit> dataset_unit(const json& j, const std::string& parent, bool province) {
  if (!j.is_object()) return bad("an element is not an object");
  AdminUnit u;
  u.code = text_of(j, "Code");
  u.name = text_of(j, "Name");
  u.full_name = text_of(j, "FullName");
  u.type = type_of(j, province);
  u.parent_code = province ? std::string() : parent;
  if (u.code.empty() || u.name.empty()) return bad("a unit without Code or Name");
  if (u.full_name.empty()) u.full_name = u.name;
  return u;
}

Result<AdminUnit> own_unit(const json& j) {
  if (!j.is_object()) return bad("an element is not an object");
  AdminUnit u;
  u.code = text_of(j, "code");
  u.name = text_of(j, "name");
  u.full_name = text_of(j, "full_name");
  u.type = text_of(j, "type");
  u.parent_code = text_of(j, "parent_code");
  if (u.code.empty() || u.name.empty()) return bad("a unit without code or name");
  if (u.full_name.empty()) u.full_name = u.name;
  if (u.type.empty()) u.type = u.parent_code.empty() ? "province" : "commune";
  return u;
}

}  // namespace

Result<std::vector<AdminUnit>> parse_units_json(std::string_view json_text) {
  json j = json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (j.is_discarded()) return bad("not valid JSON");
  if (!j.is_array()) return bad("the top level must be an array");
  std::vector<AdminUnit> out;
  for (const json& element : j) {
    if (element.is_object() && element.contains("Code")) {
      auto province = dataset_unit(element, {}, true);
      if (!province) return province.error();
      const std::string code = province->code;
      out.push_back(std::move(*province));
      auto wards = element.find("Wards");
      if (wards == element.end() || wards->is_null()) continue;
      if (!wards->is_array()) return bad("Wards of province " + code + " is not an array");
      for (const json& w : *wards) {
        auto commune = dataset_unit(w, code, false);
        if (!commune) return commune.error();
        out.push_back(std::move(*commune));
      }
    } else {
      auto u = own_unit(element);
      if (!u) return u.error();
      out.push_back(std::move(*u));
    }
  }
  return out;
}

json units_to_json(const std::vector<AdminUnit>& units) {
  json out = json::array();
  for (const AdminUnit& u : units)
    out.push_back({{"code", u.code},
                   {"name", u.name},
                   {"full_name", u.full_name},
                   {"type", u.type},
                   {"parent_code", u.parent_code}});
  return out;
}

}  // namespace motcua::catalog
