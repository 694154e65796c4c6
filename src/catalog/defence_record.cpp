#include "motcua/catalog/defence_record.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "motcua/text/normalize.hpp"
#include "portal_parts.hpp"
#include "portal_text.hpp"

namespace motcua::catalog {

namespace {

using nlohmann::json;

Error rejected(std::string message, std::string message_vi, std::string field = {}) {
  return make_error(ErrorCode::invalid, "catalog.record_rejected", std::move(message),
                    std::move(message_vi), std::move(field));
}

std::string value(const json& object, const char* key) {
  if (!object.is_object()) return {};
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return {};
  return portal::clean_value(it->get<std::string>());
}

const json& member(const json& j, const char* key) {
  static const json empty = json::object();
  auto it = j.find(key);
  return it == j.end() ? empty : *it;
}

std::vector<Level> levels_of(std::string_view text, std::vector<std::string>& warnings) {
  // This dataset capitalises "Cấp Bộ", "Cấp Tỉnh", "Cấp Xã"; compare folded.
  constexpr std::array<std::pair<std::string_view, Level>, 4> kLevels{{
      {"cap bo", Level::ministry},
      {"cap tinh", Level::province},
      {"cap xa", Level::commune},
      {"co quan khac", Level::other},
  }};
  std::vector<Level> out;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = std::min(text.find(',', i), text.size());
    std::string part = text::fold_for_search(text.substr(i, j - i));
    if (!part.empty()) {
      bool known = false;
      for (const auto& [name, level] : kLevels)
        if (part == name) {
          known = true;
          if (std::find(out.begin(), out.end(), level) == out.end()) out.push_back(level);
        }
      if (!known) warnings.push_back("level.unknown: \"" + part + "\" ignored");
    }
    i = j + 1;
  }
  if (out.empty()) warnings.push_back("level.missing: no implementing level");
  return out;
}

// "Phí : 2.000.000 Đồng (…)", "Lệ phí : 0 Đồng", "Phí : Không Đồng", "Lệ phí : 1.5 USD".
std::optional<long long> fee_of(std::string_view text) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string rest = portal::trim(text.substr(colon + 1));
  std::string folded = text::fold_for_search(rest);
  if (folded.rfind("khong dong", 0) == 0) return 0;
  std::string digits;
  size_t i = 0;
  for (; i < rest.size() && (portal::is_digit_at(rest, i) || rest[i] == '.'); ++i)
    if (rest[i] != '.') digits.push_back(rest[i]);
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  if (portal::trim(std::string_view(rest).substr(i)).rfind("Đồng", 0) != 0) return std::nullopt;
  return std::stoll(digits);
}

std::optional<Channel> channel_of(std::string_view name) {
  const std::string f = text::fold_for_search(name);
  if (f == "truc tiep") return Channel::counter;
  if (f == "truc tuyen") return Channel::online;
  if (f == "dich vu buu chinh") return Channel::postal;
  return std::nullopt;
}

// "Bản chính: 1\nBản sao: 0" → copies and kind.
void copies_of(std::string_view note, RequiredDocument& d) {
  int original = 0, copy = 0;
  for (auto [label, out] : {std::pair{std::string_view("Bản chính:"), &original},
                            std::pair{std::string_view("Bản sao:"), &copy}}) {
    size_t at = note.find(label);
    if (at == std::string_view::npos) continue;
    std::string n = portal::trim(note.substr(at + label.size(), 4));
    *out = std::atoi(n.c_str());
  }
  d.copies = original + copy;
  if (original > 0) d.copy_kind = "bản chính";
  if (copy > 0) d.copy_kind += std::string(d.copy_kind.empty() ? "" : ", ") + "bản sao";
}

}  // namespace

Result<ParsedProcedure> parse_defence_record(std::string_view json_text) {
  json j = json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (j.is_discarded()) return rejected("not valid JSON", "không phải JSON hợp lệ");
  if (!j.is_object()) return rejected("not a JSON object", "không phải đối tượng JSON");
  const json& meta = member(j, "metadata");
  const json& content = member(j, "content");
  const json& tables = member(j, "tables");

  ParsedProcedure out;
  Procedure& p = out.procedure;
  p.code = value(meta, "mã_thủ_tục");
  if (p.code.empty()) p.code = value(j, "thu_tuc_id");
  p.name = value(meta, "tên_thủ_tục");
  if (p.code.empty()) return rejected("no procedure code", "thiếu mã thủ tục", "mã_thủ_tục");
  if (p.name.empty())
    return rejected("procedure " + p.code + " has no name", "thủ tục " + p.code + " thiếu tên",
                    "tên_thủ_tục");
  p.decision_number = value(meta, "số_quyết_định");
  if (p.decision_number.rfind("Quyết định số ", 0) == 0)
    p.decision_number.erase(0, std::string_view("Quyết định số ").size());
  p.levels = levels_of(value(meta, "cấp_thực_hiện"), out.warnings);
  p.field = value(meta, "lĩnh_vực");
  p.steps_text = value(content, "trình_tự_thực_hiện");
  p.subjects = value(content, "đối_tượng_thực_hiện");
  p.implementing_agency = value(content, "cơ_quan_thực_hiện");
  p.competent_agency = value(content, "cơ_quan_có_thẩm_quyền");
  p.result = value(content, "kết_quả_thực_hiện");
  p.conditions = value(content, "yêu_cầu_điều_kiện_thực_hiện");
  if (text::fold_for_search(p.conditions) == "khong") p.conditions.clear();

  for (const json& row : member(tables, "hinh_thuc_nop")) {
    auto channel = channel_of(value(row, "hinh_thuc"));
    if (!channel) {
      out.warnings.push_back("channels.unknown: \"" + value(row, "hinh_thuc") + "\" ignored");
      continue;
    }
    ChannelTerm term;
    term.channel = *channel;
    term.time_text = value(row, "thoi_han_giai_quyet");
    term.time = portal::parse_time_text(term.time_text);
    if (!term.time)
      out.warnings.push_back("time.missing: \"" + term.time_text + "\" is not a time");
    term.fee_text = value(row, "phi_le_phi");
    term.fee_vnd = fee_of(term.fee_text);
    term.description = value(row, "mo_ta");
    p.channels.push_back(std::move(term));
  }
  if (p.channels.empty()) out.warnings.push_back("channels.none: no submission channel");

  for (const json& row : member(tables, "thanh_phan_ho_so")) {
    RequiredDocument d;
    d.name = value(row, "ten_giay_to");
    if (d.name.empty()) continue;
    d.id = static_cast<int>(p.documents.size()) + 1;
    d.form = value(row, "so_luong");  // this dataset puts the form's file name there
    copies_of(value(row, "ghi_chu"), d);
    if (d.copies == 0) {
      out.warnings.push_back("documents.zero_count: document " + std::to_string(d.id) +
                             " listed with 0 copies, taken as 1");
      d.copies = 1;
    }
    d.mandatory = !portal::is_conditional_document(d.name);
    d.channels = portal::document_channels(d.name);
    p.documents.push_back(std::move(d));
  }
  for (const json& row : member(tables, "can_cu_phap_ly")) {
    std::string title = value(row, "trich_yeu");
    if (!title.empty()) p.legal_basis.push_back(std::move(title));
  }
  return out;
}

Result<ParsedProcedure> parse_procedure_record(std::string_view json_text) {
  json j = json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (j.is_object() && !j.contains("ma_thu_tuc") && j.contains("metadata"))
    return parse_defence_record(json_text);
  return parse_portal_record(json_text);
}

}  // namespace motcua::catalog
