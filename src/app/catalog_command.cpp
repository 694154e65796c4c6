// `motcua catalog convert` and `motcua catalog convert-units`: turn the published data
// (../shared/data) into the project's own import format, e.g. the demo data in data/embed/demo.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "motcua/app/commands.hpp"
#include "motcua/catalog/admin_unit.hpp"
#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/defence_record.hpp"
#include "motcua/catalog/portal_record.hpp"
#include "motcua/catalog/procedure_json.hpp"

namespace motcua::app {

namespace {

namespace fs = std::filesystem;

struct ConvertOptions {
  std::string path;
  std::string out;
  std::vector<std::string> levels;
  std::vector<std::string> fields;  // with levels: keep only these fields (lĩnh vực)
  std::vector<std::string> codes;   // always kept, whatever their level and field
  bool append = false;              // merge into the procedures already in --out
  bool slim = false;
  std::string province;
};

std::string catalog_read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out);
}

std::vector<fs::path> json_files(const fs::path& root) {
  std::vector<fs::path> files;
  if (fs::is_regular_file(root)) return {root};
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());  // stable output whatever the file system's order
  return files;
}

bool wanted(const catalog::Procedure& p, const ConvertOptions& o) {
  if (std::find(o.codes.begin(), o.codes.end(), p.code) != o.codes.end()) return true;
  if (!o.fields.empty() && std::find(o.fields.begin(), o.fields.end(), p.field) == o.fields.end())
    return false;
  if (o.levels.empty()) return true;
  for (catalog::Level l : p.levels)
    if (std::find(o.levels.begin(), o.levels.end(), catalog::level_name(l)) != o.levels.end())
      return true;
  return false;
}

// The procedures already in file, by code, when --append asks to merge into it.
Result<std::vector<catalog::Procedure>> existing(const ConvertOptions& o) {
  if (!o.append || !fs::exists(o.out)) return std::vector<catalog::Procedure>{};
  auto j = nlohmann::json::parse(catalog_read_file(o.out), nullptr, false);
  if (j.is_discarded())
    return make_error(ErrorCode::invalid, "catalog.bad_file", o.out + " is not JSON",
                      o.out + " không phải JSON");
  return catalog::procedures_from_json(j);
}

int convert(const ConvertOptions& o) {
  if (!fs::exists(o.path)) {
    std::cerr << "no such file or folder: " << o.path << "\n";
    return 2;
  }
  auto before = existing(o);
  if (!before) {
    std::cerr << "cannot append: " << before.error().message << "\n";
    return 1;
  }
  std::vector<catalog::Procedure> procedures = std::move(*before);
  int accepted = 0, warned = 0, rejected = 0, kept = 0;
  std::map<std::string, int> kinds;
  for (const fs::path& file : json_files(o.path)) {
    auto parsed = catalog::parse_procedure_record(catalog_read_file(file));
    if (!parsed) {
      ++rejected;
      std::cerr << "rejected " << file.string() << ": " << parsed.error().message << "\n";
      continue;
    }
    ++accepted;
    if (!parsed->warnings.empty()) ++warned;
    for (const auto& w : parsed->warnings) ++kinds[w.substr(0, w.find(':'))];
    catalog::Procedure& p = parsed->procedure;
    if (!wanted(p, o)) continue;
    if (o.slim) p.steps_text.clear();  // long prose; the portal link keeps it
    auto same = std::find_if(procedures.begin(), procedures.end(),
                             [&](const catalog::Procedure& q) { return q.code == p.code; });
    if (same != procedures.end())
      *same = std::move(p);
    else
      procedures.push_back(std::move(p));
    ++kept;
  }
  // One procedure per line: small diffs when the data is regenerated, no indentation bytes.
  std::string text = "[\n";
  for (size_t i = 0; i < procedures.size(); ++i)
    text += catalog::to_json(procedures[i]).dump() + (i + 1 < procedures.size() ? ",\n" : "\n");
  text += "]\n";
  if (!write_file(o.out, text)) {
    std::cerr << "cannot write " << o.out << "\n";
    return 1;
  }
  std::cout << "accepted " << accepted << " (with warnings " << warned << "), rejected " << rejected
            << "; took " << kept << ", " << o.out << " now holds " << procedures.size() << "\n";
  for (const auto& [kind, n] : kinds) std::cout << "  warning " << kind << ": " << n << "\n";
  return 0;
}

int convert_units(const ConvertOptions& o) {
  fs::path file = o.path;
  if (fs::is_directory(file)) {
    for (const auto& e : fs::directory_iterator(file))
      if (e.path().filename().string().rfind("full_json_generated_data_vn_units_", 0) == 0)
        file = e.path();
  }
  auto units = catalog::parse_units_json(catalog_read_file(file));
  if (!units) {
    std::cerr << "cannot read " << file.string() << ": " << units.error().message << "\n";
    return 1;
  }
  // Every province; the communes of the chosen province only (all of them without --province).
  std::vector<catalog::AdminUnit> kept;
  for (const auto& u : *units)
    if (u.parent_code.empty() || o.province.empty() || u.parent_code == o.province)
      kept.push_back(u);
  std::string text = "[\n";
  const nlohmann::json all = catalog::units_to_json(kept);
  for (size_t i = 0; i < all.size(); ++i)
    text += all[i].dump() + (i + 1 < all.size() ? ",\n" : "\n");
  text += "]\n";
  if (!write_file(o.out, text)) {
    std::cerr << "cannot write " << o.out << "\n";
    return 1;
  }
  std::cout << "wrote " << kept.size() << " of " << units->size() << " units to " << o.out << "\n";
  return 0;
}

}  // namespace

void add_catalog_commands(CLI::App& root) {
  auto* catalog = root.add_subcommand("catalog", "Convert published catalogue data");
  catalog->require_subcommand(1);
  auto options = std::make_shared<ConvertOptions>();

  auto* conv = catalog->add_subcommand(
      "convert", "Portal procedure records (file or folder, recursively) → our JSON array");
  conv->add_option("path", options->path, "portal_records folder or one record")->required();
  conv->add_option("--out", options->out, "output JSON file")->required();
  conv->add_option("--level", options->levels, "keep procedures of these levels")
      ->check(CLI::IsMember({"ministry", "province", "commune", "other"}));
  conv->add_option("--field", options->fields, "keep only these fields (lĩnh vực)");
  conv->add_option("--code", options->codes, "always keep these procedure codes");
  conv->add_flag("--append", options->append, "merge into the procedures already in --out");
  conv->add_flag("--slim", options->slim, "leave out the long steps text");
  conv->callback([options] {
    if (int rc = convert(*options); rc != 0) throw CLI::RuntimeError(rc);
  });

  auto* units = catalog->add_subcommand(
      "convert-units", "Administrative units dataset → our JSON (all provinces, one's communes)");
  units->add_option("path", options->path, "vn_units_2025 folder or its full_json file")
      ->required();
  units->add_option("--province", options->province, "keep this province's communes");
  units->add_option("--out", options->out, "output JSON file")->required();
  units->callback([options] {
    if (int rc = convert_units(*options); rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace motcua::app
