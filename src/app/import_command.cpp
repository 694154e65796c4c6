// `motcua import tthc PATH`, `motcua import units PATH` and `motcua import processes FILE`:
// outside data into the database, reporting what was taken, what was taken with warnings and
// why anything was rejected.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "app/cli_store.hpp"
#include "app/process_import.hpp"
#include "app/unit_import.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/defence_record.hpp"
#include "motcua/service/catalog_service.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::app {

namespace {

std::string import_read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::unique_ptr<store::Database> open_db_or_throw(const std::string& path) {
  auto db = open_cli_store_without_personal_data(path);
  if (!db.ok()) throw CLI::RuntimeError("cannot open " + path + ": " + db.error().message, 2);
  return std::move(db.value());
}

// "channel-specific documents: 74 in 45 procedures (counter: 17, …)": documents the records
// mark for some channels only (RequiredDocument::channels), by the set of channels.
std::string channel_specific_summary(const std::vector<catalog::Procedure>& procedures) {
  std::map<std::string, int> by_channels;
  int documents = 0, in_procedures = 0;
  for (const auto& p : procedures) {
    bool any = false;
    for (const auto& d : p.documents) {
      if (d.channels.empty()) continue;
      std::string key;
      for (auto c : d.channels)
        key += (key.empty() ? "" : "+") + std::string(catalog::channel_name(c));
      ++by_channels[key];
      ++documents;
      any = true;
    }
    in_procedures += any ? 1 : 0;
  }
  std::string out = "channel-specific documents: " + std::to_string(documents) + " in " +
                    std::to_string(in_procedures) + " procedures";
  if (documents == 0) return out;
  out += " (";
  bool first = true;
  for (const auto& [key, n] : by_channels) {
    out += (first ? "" : ", ") + key + " only: " + std::to_string(n);
    first = false;
  }
  return out + ")";
}

int import_tthc(const std::string& root, const std::string& db_path) {
  namespace fs = std::filesystem;
  if (!fs::exists(root)) {
    std::cerr << "no such path: " << root << "\n";
    return 2;
  }
  std::vector<fs::path> files;
  std::vector<std::string> skipped;
  if (fs::is_regular_file(root)) {
    files.push_back(root);
  } else {
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      if (!e.is_regular_file()) continue;
      const auto& p = e.path();
      const std::string where = p.string();
      if (p.extension() == ".json")
        files.push_back(p);
      else if (p.extension() == ".xlsx")
        skipped.push_back(where);
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<catalog::Procedure> accepted;
  std::vector<std::pair<std::string, std::string>> rejected;
  std::map<std::string, int> warning_kinds;
  int with_warnings = 0;
  for (const auto& f : files) {
    // Portal records and the Ministry of Defence's itemised tables are told apart by shape.
    auto parsed = catalog::parse_procedure_record(import_read_file(f));
    if (!parsed.ok()) {
      rejected.emplace_back(f.string(), parsed.error().message);
      continue;
    }
    if (!parsed->warnings.empty()) ++with_warnings;
    for (const auto& w : parsed->warnings) ++warning_kinds[w.substr(0, w.find(':'))];
    accepted.push_back(std::move(parsed->procedure));
  }
  auto db = open_db_or_throw(db_path);
  SystemClock clock;
  service::CatalogService catalog(*db, clock);
  service::SaveCounts total;
  for (size_t i = 0; i < accepted.size(); i += 250) {
    std::vector<catalog::Procedure> batch(
        accepted.begin() + long(i), accepted.begin() + long(std::min(accepted.size(), i + 250)));
    auto counts = catalog.save_procedures(batch);
    if (!counts.ok()) {
      std::cerr << "saving failed: " << counts.error().message << "\n";
      return 1;
    }
    total.inserted += counts->inserted;
    total.updated += counts->updated;
    total.unchanged += counts->unchanged;
  }
  std::cout << "procedures read: " << files.size() << "\n"
            << "accepted: " << accepted.size() << " (with warnings: " << with_warnings << ")\n"
            << "rejected: " << rejected.size() << "\n"
            << "saved: " << total.inserted << " new, " << total.updated << " updated, "
            << total.unchanged << " unchanged\n"
            << channel_specific_summary(accepted) << "\n";
  for (const auto& [kind, n] : warning_kinds)
    std::cout << "  warning " << kind << ": " << n << "\n";
  for (const auto& [file, why] : rejected)
    std::cout << "  rejected " << file << ": " << why << "\n";
  // Files of other formats are counted per folder rather than listed one by one.
  std::map<std::string, int> skipped_by_folder;
  for (const auto& s : skipped)
    ++skipped_by_folder[std::filesystem::path(s).parent_path().string()];
  for (const auto& [folder, n] : skipped_by_folder)
    std::cout << "  not read: " << n << " files in " << folder
              << " (xlsx lists are not read: no Debian package reads xlsx from C++)\n";
  return 0;
}

}  // namespace

void add_import_commands(CLI::App& root) {
  auto* import = root.add_subcommand("import", "Import outside data into the database");
  import->require_subcommand(1);
  struct Options {
    std::string path;
    std::string db = "motcua.db";
  };
  auto tthc = std::make_shared<Options>();
  auto* t = import->add_subcommand("tthc", "Import procedure records (portal JSON, recursively)");
  t->add_option("PATH", tthc->path, "A record file or a folder (portal or defence JSON)")
      ->required();
  t->add_option("--db", tthc->db, kDbOptionHelp);
  t->callback([tthc] {
    if (int rc = import_tthc(tthc->path, tthc->db); rc != 0) throw CLI::RuntimeError(rc);
  });
  auto units = std::make_shared<Options>();
  auto* u = import->add_subcommand("units", "Import administrative units (2025 JSON)");
  u->add_option("PATH", units->path, "The units JSON file or its folder")->required();
  u->add_option("--db", units->db, kDbOptionHelp);
  u->callback([units] {
    auto db = open_db_or_throw(units->db);
    if (int rc = import_units(*db, units->path, std::cout); rc != 0) throw CLI::RuntimeError(rc);
  });
  auto processes = std::make_shared<Options>();
  auto* p = import->add_subcommand("processes", "Import process definitions (JSON)");
  p->add_option("FILE", processes->path, "{\"processes\": [...]} (see src/dossier/README.md)")
      ->required();
  p->add_option("--db", processes->db, kDbOptionHelp);
  p->callback([processes] {
    auto db = open_db_or_throw(processes->db);
    if (int rc = import_processes(*db, processes->path, std::cout); rc != 0)
      throw CLI::RuntimeError(rc);
  });
}

}  // namespace motcua::app
