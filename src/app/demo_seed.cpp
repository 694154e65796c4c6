#include "app/demo_seed.hpp"

#include <nlohmann/json.hpp>

#include "app/unit_import.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/embedded.hpp"
#include "motcua/service/catalog_service.hpp"
#include "motcua/store/user_repository.hpp"

namespace motcua::app {

namespace {

Result<nlohmann::json> embedded_json(std::string_view path) {
  auto bytes = embedded::find(path);
  if (!bytes)
    return make_error(ErrorCode::unavailable, "demo.missing",
                      std::string(path) + " is not embedded",
                      "thiếu dữ liệu mẫu " + std::string(path));
  auto j = nlohmann::json::parse(*bytes, nullptr, false);
  if (j.is_discarded())
    return make_error(ErrorCode::unavailable, "demo.invalid", std::string(path) + " is not JSON",
                      "dữ liệu mẫu " + std::string(path) + " không phải JSON");
  return j;
}

Status seed_departments(service::CatalogService& catalog) {
  auto list = embedded_json("demo/departments.json");
  if (!list.ok()) return list.error();
  std::vector<catalog::Agency> agencies;
  for (const auto& j : *list) {
    catalog::Agency a;
    a.code = j.at("code").get<std::string>();
    a.name = j.at("name").get<std::string>();
    catalog::parse_agency_kind(j.at("kind").get<std::string>(), a.kind);
    a.parent_code = j.value("parent_code", "");
    a.fields = j.value("fields", std::vector<std::string>{});
    agencies.push_back(std::move(a));
  }
  return catalog.save_agencies(agencies);
}

Status seed_users(store::Database& db, const std::string& password) {
  struct DemoUser {
    const char* username;
    const char* full_name;
    auth::Role role;
    const char* agency;
  };
  // The province admin (Đà Nẵng, code 48) manages what only the province may: the official
  // schedules of days off, and office hours of any agency below it. One specialist of the
  // city's Department of Justice takes the inter-agency steps of the example process
  // definitions (data/examples/processes.json).
  const DemoUser users[] = {
      {"receiver", "Trần Thị Thu Hà", auth::Role::receiver, kDemoCommune},
      {"specialist", "Nguyễn Văn Minh", auth::Role::specialist, kDemoCommune},
      {"leader", "Lê Quang Vinh", auth::Role::leader, kDemoCommune},
      {"admin", "Phạm Ngọc Lan", auth::Role::admin, kDemoCommune},
      {"province_admin", "Đặng Minh Khôi", auth::Role::admin, kDemoProvince},
      {"stp_specialist", "Võ Thị Mỹ Linh", auth::Role::specialist, kDemoDepartment},
      // A second commune of the same city, so that scope between agencies can be seen: its
      // officers see none of Hội An's dossiers, and Hội An's none of theirs (issue 14).
      {"haichau_receiver", "Phan Thị Kim Oanh", auth::Role::receiver, kDemoOtherCommune},
      {"haichau_specialist", "Hồ Thị Bích Ngọc", auth::Role::specialist, kDemoOtherCommune},
      {"haichau_leader", "Trương Công Hậu", auth::Role::leader, kDemoOtherCommune},
  };
  // Argon2id is deliberately slow (about a quarter of a second here), and every test starts a
  // demo server: one hash proven to match the password serves every demo account. They share a
  // salt, which tells only that they share a password, and that password is published.
  std::optional<std::string> proven_hash;
  for (const auto& u : users) {
    auto existing = db.read<std::optional<store::StoredUser>>(
        [&](store::SqlConnection& c) { return store::find_user(c, u.username); });
    if (!existing.ok()) return existing.error();
    std::optional<std::string> hash;
    const bool stored_matches =
        existing->has_value() && ((proven_hash && (*existing)->password_hash == *proven_hash) ||
                                  auth::verify_password(password, (*existing)->password_hash));
    if (stored_matches && !proven_hash) proven_hash = (*existing)->password_hash;
    if (!stored_matches) {
      if (!proven_hash) {
        auto h = auth::hash_password(password);
        if (!h.ok()) return h.error();
        proven_hash = *h;
      }
      hash = proven_hash;
    }
    auth::User user{u.username, u.full_name, u.role, u.agency, true};
    MOTCUA_TRY(db.write([&](store::SqlConnection& c) {
      if (!existing->has_value() && !hash) return ok_status();
      return store::upsert_user(c, user, hash);
    }));
  }
  return ok_status();
}

}  // namespace

Status seed_demo(store::Database& db, const Clock& clock, const std::string& password,
                 std::ostream& log) {
  auto units = embedded::find("demo/units.json");
  if (!units)
    return make_error(ErrorCode::unavailable, "demo.missing", "demo/units.json is not embedded",
                      "thiếu dữ liệu mẫu demo/units.json");
  auto unit_count = import_units_text(db, *units);
  if (!unit_count.ok()) return unit_count.error();
  service::CatalogService catalog(db, clock);
  MOTCUA_TRY(seed_departments(catalog));
  auto procedures_json = embedded_json("demo/procedures.json");
  if (!procedures_json.ok()) return procedures_json.error();
  auto procedures = catalog::procedures_from_json(*procedures_json);
  if (!procedures.ok()) return procedures.error();
  auto counts = catalog.save_procedures(*procedures);
  if (!counts.ok()) return counts.error();
  MOTCUA_TRY(seed_users(db, password));
  log << "demo data: " << *unit_count << " administrative units, " << procedures->size()
      << " procedures (" << counts->inserted << " new, " << counts->updated << " updated)\n";
  return ok_status();
}

}  // namespace motcua::app
