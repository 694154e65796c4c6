#include "app/unit_import.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "motcua/catalog/admin_unit.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::app {

Result<int> import_units_text(store::Database& db, std::string_view json_text) {
  auto units = catalog::parse_units_json(json_text);
  if (!units.ok()) return units.error();
  MOTCUA_TRY(db.write([&](store::SqlConnection& c) -> Status {
    MOTCUA_TRY(store::lock_catalog_import(c));
    // Parents first, so that every agency's parent exists when it is written.
    for (int pass = 0; pass < 2; ++pass) {
      for (const auto& u : *units) {
        if (u.parent_code.empty() != (pass == 0)) continue;
        const std::string level = u.parent_code.empty() ? "province" : "commune";
        MOTCUA_TRY(
            store::upsert_admin_unit(c, {u.code, u.name, u.full_name, level, u.parent_code}));
        catalog::Agency a;
        a.code = u.code;
        a.name = u.full_name;
        a.kind =
            u.parent_code.empty() ? catalog::AgencyKind::province : catalog::AgencyKind::commune;
        a.parent_code = u.parent_code;
        a.admin_unit_code = u.code;
        MOTCUA_TRY(store::upsert_agency(c, a));
      }
    }
    return ok_status();
  }));
  return int(units->size());
}

int import_units(store::Database& db, const std::string& path, std::ostream& out) {
  namespace fs = std::filesystem;
  fs::path file = path;
  if (fs::is_directory(file)) {
    for (const auto& e : fs::directory_iterator(file))
      if (e.path().filename().string().rfind("full_json", 0) == 0) file = e.path();
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    out << "cannot read " << file.string() << "\n";
    return 2;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  auto n = import_units_text(db, ss.str());
  if (!n.ok()) {
    out << "import failed: " << n.error().message << "\n";
    return 1;
  }
  auto provinces = db.read<std::int64_t>(
      [](store::SqlConnection& c) { return store::count_admin_units(c, "province"); });
  out << "units saved: " << *n
      << " (provinces now in the database: " << (provinces.ok() ? std::to_string(*provinces) : "?")
      << ")\n";
  return 0;
}

}  // namespace motcua::app
