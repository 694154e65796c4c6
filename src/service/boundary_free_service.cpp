// The boundary-free list (Decree 118/2025), kept by the province's admins.
#include "motcua/service/boundary_free_service.hpp"

#include <sstream>

#include "motcua/common/embedded.hpp"
#include "motcua/dossier/boundary_free.hpp"
#include "motcua/service/admin_scope.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

namespace {

constexpr const char* kSeedActor = "motcua";

Error invalid(std::string field, std::string key, std::string en, std::string vi) {
  return make_error(ErrorCode::invalid, std::move(key), std::move(en), std::move(vi),
                    std::move(field));
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

Status check_procedure(store::SqlConnection& c, const std::string& code) {
  if (code.empty() || code.size() > 32)
    return invalid("procedure_code", "boundary_free.procedure_code",
                   "procedure_code must be a procedure's national code",
                   "procedure_code phải là mã thủ tục hành chính");
  auto found = store::find_procedure(c, code);
  if (!found.ok()) return found.error();
  if (!found->has_value())
    return invalid("procedure_code", "procedure.not_found", "unknown procedure " + code,
                   "không có thủ tục mã " + code);
  return ok_status();
}

struct ShippedRow {
  std::string province, procedure, basis;
};

std::vector<ShippedRow> shipped_rows() {
  std::vector<ShippedRow> out;
  const auto text = embedded::find("boundary_free/procedures.tsv");
  if (!text) return out;
  std::istringstream in{std::string(*text)};
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::istringstream cols(line);
    ShippedRow r;
    if (std::getline(cols, r.province, '\t') && std::getline(cols, r.procedure, '\t') &&
        std::getline(cols, r.basis))
      out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

Result<std::string> BoundaryFreeService::province_of_admin(store::SqlConnection& c,
                                                           const auth::User& admin) {
  auto is_admin = is_province_admin(c, admin);
  if (!is_admin.ok()) return is_admin.error();
  if (!*is_admin)
    return make_error(ErrorCode::forbidden, "boundary_free.forbidden",
                      "only an admin of a province or of its service centre keeps the "
                      "boundary-free list",
                      "chỉ quản trị viên cấp tỉnh hoặc Trung tâm phục vụ hành chính công được "
                      "quản lý danh mục thủ tục không phụ thuộc địa giới hành chính");
  auto chain = store::agency_ancestors(c, admin.agency_code);
  if (!chain.ok()) return chain.error();
  auto province = dossier::province_of(*chain);
  if (!province)
    return make_error(ErrorCode::forbidden, "boundary_free.no_province",
                      "agency " + admin.agency_code + " belongs to no province",
                      "cơ quan " + admin.agency_code + " không thuộc tỉnh nào");
  return *province;
}

Result<BoundaryFreePage> BoundaryFreeService::list(const auth::User& admin,
                                                   const std::string& after, int limit) {
  return db_.read<BoundaryFreePage>([&](store::SqlConnection& c) -> Result<BoundaryFreePage> {
    auto province = province_of_admin(c, admin);
    if (!province.ok()) return province.error();
    auto rows = store::boundary_free_page(c, *province, after, limit + 1);
    if (!rows.ok()) return rows.error();
    BoundaryFreePage page;
    page.province_code = *province;
    if (int(rows->size()) > limit) {
      rows->resize(size_t(limit));
      page.next = rows->back().procedure_code;
    }
    page.items = std::move(*rows);
    return page;
  });
}

Result<store::BoundaryFreeEntry> BoundaryFreeService::put(const auth::User& admin,
                                                          const std::string& procedure_code,
                                                          const std::string& basis_text) {
  const TimePoint now = clock_.now();
  const std::string basis = trim(basis_text);
  return db_.write_returning<store::BoundaryFreeEntry>(
      [&](store::SqlConnection& c) -> Result<store::BoundaryFreeEntry> {
        auto province = province_of_admin(c, admin);
        if (!province.ok()) return province.error();
        MOTCUA_TRY(check_procedure(c, procedure_code));
        if (basis.empty() || basis.size() > kMaxBasis)
          return invalid("basis", "boundary_free.basis",
                         "basis (the decision that published the entry) is required, at most "
                         "1000 bytes",
                         "căn cứ (basis: quyết định công bố danh mục) là bắt buộc, tối đa 1000 "
                         "ký tự");
        return store::put_boundary_free(c, *province, procedure_code, basis, "put", admin.username,
                                        now);
      });
}

Status BoundaryFreeService::remove(const auth::User& admin, const std::string& procedure_code) {
  const TimePoint now = clock_.now();
  return db_.write([&](store::SqlConnection& c) -> Status {
    auto province = province_of_admin(c, admin);
    if (!province.ok()) return province.error();
    auto removed = store::delete_boundary_free(c, *province, procedure_code, admin.username, now);
    if (!removed.ok()) return removed.error();
    if (!*removed)
      return make_error(ErrorCode::not_found, "boundary_free.not_listed",
                        "procedure " + procedure_code + " is not on the list of " + *province,
                        "thủ tục " + procedure_code + " không có trong danh mục của " + *province);
    return ok_status();
  });
}

Result<std::vector<store::BoundaryFreeEdit>> BoundaryFreeService::history(
    const auth::User& admin, const std::string& procedure_code, int limit, int offset) {
  return db_.read<std::vector<store::BoundaryFreeEdit>>(
      [&](store::SqlConnection& c) -> Result<std::vector<store::BoundaryFreeEdit>> {
        auto province = province_of_admin(c, admin);
        if (!province.ok()) return province.error();
        return store::boundary_free_edits(c, *province, procedure_code, limit, offset);
      });
}

Result<int> BoundaryFreeService::seed_shipped() {
  const TimePoint now = clock_.now();
  const auto rows = shipped_rows();
  return db_.write_returning<int>([&](store::SqlConnection& c) -> Result<int> {
    MOTCUA_TRY(store::lock_catalog_import(c));
    int added = 0;
    for (const auto& r : rows) {
      auto agency = store::find_agency(c, r.province);
      if (!agency.ok()) return agency.error();
      auto procedure = store::find_procedure(c, r.procedure);
      if (!procedure.ok()) return procedure.error();
      if (!agency->has_value() || !procedure->has_value()) continue;
      auto edited = store::boundary_free_ever_edited(c, r.province, r.procedure);
      if (!edited.ok()) return edited.error();
      if (*edited) continue;
      auto put =
          store::put_boundary_free(c, r.province, r.procedure, r.basis, "seed", kSeedActor, now);
      if (!put.ok()) return put.error();
      ++added;
    }
    return added;
  });
}

}  // namespace motcua::service
