#include "motcua/dossier/reception.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "motcua/common/time.hpp"

namespace motcua::dossier {

namespace {

Error reception_invalid(std::string field, std::string key, std::string en, std::string vi) {
  return make_error(ErrorCode::invalid, std::move(key), std::move(en), std::move(vi),
                    std::move(field));
}

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string reception_trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

bool is_valid_citizen_id(std::string_view id) { return id.size() == 12 && all_digits(id); }

std::optional<std::string> normalize_phone(std::string_view phone) {
  std::string digits;
  for (size_t i = 0; i < phone.size(); ++i) {
    const char c = phone[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
    } else if (c == '+' && digits.empty() && i == 0) {
      continue;
    } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
      return std::nullopt;
    }
  }
  if (digits.rfind("84", 0) == 0 && digits.size() >= 11) digits = "0" + digits.substr(2);
  if (digits.size() == 10 && digits[0] == '0' &&
      std::string_view("35789").find(digits[1]) != std::string_view::npos)
    return digits;
  if (digits.size() == 11 && digits.rfind("02", 0) == 0) return digits;
  return std::nullopt;
}

std::optional<calendar::ProcessingTime> processing_time_for(const catalog::Procedure& p,
                                                            catalog::Channel channel) {
  for (auto wanted : {channel, catalog::Channel::counter})
    for (const auto& term : p.channels)
      if (term.channel == wanted && term.time) return term.time;
  for (const auto& term : p.channels)
    if (term.time) return term.time;
  return std::nullopt;
}

Result<ReceptionRequest> validate_reception(ReceptionRequest r, const catalog::Procedure& p) {
  if (p.status != catalog::ProcedureStatus::active) {
    std::string en = "procedure " + p.code + " is no longer in force";
    std::string vi = "thủ tục " + p.code + " không còn hiệu lực";
    if (!p.replaced_by.empty()) {
      en += "; it was replaced by " + p.replaced_by;
      vi += "; đã được thay thế bởi thủ tục " + p.replaced_by;
    }
    return reception_invalid("procedure_code", "procedure.not_in_force", en, vi);
  }
  r.applicant.full_name = reception_trim(r.applicant.full_name);
  if (r.applicant.full_name.empty() || r.applicant.full_name.size() > 300)
    return reception_invalid("applicant.full_name", "applicant.full_name",
                             "the applicant's full name is required (at most 300 bytes)",
                             "họ tên người nộp hồ sơ là bắt buộc (tối đa 300 ký tự)");
  if (!is_valid_citizen_id(r.applicant.id_number))
    return reception_invalid("applicant.id_number", "applicant.id_number",
                             "id_number must be the 12-digit citizen identity number",
                             "số định danh cá nhân (id_number) phải gồm đúng 12 chữ số");
  auto phone = normalize_phone(r.applicant.phone);
  if (!phone)
    return reception_invalid("applicant.phone", "applicant.phone",
                             "phone must be a Vietnamese phone number, e.g. 0905111222",
                             "số điện thoại (phone) không hợp lệ, ví dụ 0905111222");
  r.applicant.phone = *phone;
  if (!r.applicant.email.empty() &&
      (r.applicant.email.find('@') == std::string::npos || r.applicant.email.size() > 254))
    return reception_invalid("applicant.email", "applicant.email", "email is not a valid address",
                             "địa chỉ thư điện tử (email) không hợp lệ");

  std::map<int, int> copies_by_id;
  for (auto& d : r.documents) {
    if (d.copies < 1 || d.copies > 100)
      return reception_invalid("documents", "documents.copies",
                               "each document needs 1 to 100 copies",
                               "số lượng bản của mỗi giấy tờ phải từ 1 đến 100");
    if (d.required_id == 0) {
      d.name = reception_trim(d.name);
      if (d.name.empty())
        return reception_invalid("documents", "documents.unnamed", "an extra document needs a name",
                                 "giấy tờ bổ sung ngoài danh mục phải có tên");
      continue;
    }
    auto it =
        std::find_if(p.documents.begin(), p.documents.end(),
                     [&](const catalog::RequiredDocument& rd) { return rd.id == d.required_id; });
    if (it == p.documents.end())
      return reception_invalid(
          "documents", "documents.unknown",
          "document id " + std::to_string(d.required_id) + " is not required by " + p.code,
          "giấy tờ mã " + std::to_string(d.required_id) +
              " không thuộc thành phần hồ sơ của thủ tục " + p.code);
    if (copies_by_id.count(d.required_id))
      return reception_invalid(
          "documents", "documents.duplicate",
          "document id " + std::to_string(d.required_id) + " is listed twice",
          "giấy tờ mã " + std::to_string(d.required_id) + " bị khai báo hai lần");
    d.name = it->name;
    copies_by_id[d.required_id] = d.copies;
  }
  std::string missing_en, missing_vi;
  for (const auto& rd : p.documents) {
    if (!rd.mandatory) continue;
    // A document the catalogue marks for other channels is never demanded (the counter does
    // not ask for the online e-form); handed in anyway, it is accepted like any listed one.
    if (!rd.channels.empty() &&
        std::find(rd.channels.begin(), rd.channels.end(), r.channel) == rd.channels.end())
      continue;
    auto it = copies_by_id.find(rd.id);
    if (it == copies_by_id.end()) {
      missing_en += (missing_en.empty() ? "" : "; ") + std::to_string(rd.id) + " " + rd.name;
    } else if (it->second < rd.copies) {
      missing_en += (missing_en.empty() ? "" : "; ") + std::to_string(rd.id) + " " + rd.name +
                    " (" + std::to_string(rd.copies) + " copies)";
    }
  }
  if (!missing_en.empty()) {
    missing_vi = missing_en;
    return reception_invalid("documents", "documents.missing_mandatory",
                             "mandatory documents missing: " + missing_en,
                             "thiếu giấy tờ bắt buộc: " + missing_vi);
  }
  return r;
}

std::string format_dossier_code(std::string_view agency_code, TimePoint received_at,
                                long long number) {
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(to_local(received_at))};
  char buf[64];
  std::snprintf(buf, sizeof buf, "-%02d%02u%02u-%04lld", int(ymd.year()) % 100,
                unsigned(ymd.month()), unsigned(ymd.day()), number);
  return std::string(agency_code) + buf;
}

Result<catalog::Agency> resolve_competent_agency(const catalog::Procedure& p,
                                                 const std::vector<catalog::Agency>& ancestors,
                                                 const AgencyChildren& children) {
  using catalog::AgencyKind;
  using catalog::Level;
  if (ancestors.empty())
    return make_error(ErrorCode::invalid, "agency.not_found", "no receiving agency given",
                      "chưa có cơ quan tiếp nhận", "agency_code");
  const catalog::Agency& receiving = ancestors.front();
  auto has_level = [&](Level l) {
    return std::find(p.levels.begin(), p.levels.end(), l) != p.levels.end();
  };
  const bool commune_unit =
      receiving.kind == AgencyKind::commune || receiving.kind == AgencyKind::district;
  if (commune_unit && has_level(Level::commune)) return receiving;
  if (receiving.kind == AgencyKind::department &&
      (receiving.fields.empty() || std::find(receiving.fields.begin(), receiving.fields.end(),
                                             p.field) != receiving.fields.end()) &&
      has_level(Level::province))
    return receiving;
  // The nearest province above (or at) the receiving agency, then the department competent
  // for the field within it.
  auto province = std::find_if(ancestors.begin(), ancestors.end(), [](const catalog::Agency& a) {
    return a.kind == AgencyKind::province;
  });
  if (province == ancestors.end())
    return make_error(ErrorCode::invalid, "agency.no_province",
                      "receiving agency " + receiving.code + " belongs to no province",
                      "cơ quan tiếp nhận " + receiving.code + " không thuộc tỉnh nào",
                      "agency_code");
  auto departments = children(province->code);
  if (!departments.ok()) return departments.error();
  for (const auto& child : *departments)
    if (child.kind == AgencyKind::department &&
        std::find(child.fields.begin(), child.fields.end(), p.field) != child.fields.end())
      return child;
  return *province;
}

}  // namespace motcua::dossier
