#pragma once
// Administrative units after the 1 July 2025 reorganisation: 34 provinces/cities and 3,321
// communes, wards and special zones beneath them.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/common/result.hpp"

namespace motcua::catalog {

struct AdminUnit {
  std::string code;         // "48" (province), "20194" (commune)
  std::string name;         // "Đà Nẵng", "Hải Châu"
  std::string full_name;    // "Thành phố Đà Nẵng", "Phường Hải Châu"
  std::string type;         // province | city | ward | commune | special_zone
  std::string parent_code;  // the province's code for a commune; empty for a province
};

// Reads either
//  - the published dataset (full_json_generated_data_vn_units_*.json: an array of provinces,
//    each with its communes under "Wards"), or
//  - the project's own flat format written by units_to_json.
// Provinces come first, each followed by its communes, in file order. Text is NFC.
Result<std::vector<AdminUnit>> parse_units_json(std::string_view json_text);

// The project's own format: [{"code","name","full_name","type","parent_code"}, …].
nlohmann::json units_to_json(const std::vector<AdminUnit>& units);

}  // namespace motcua::catalog
