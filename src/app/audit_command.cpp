// `motcua audit verify`: proves that no history row was altered or removed, and prints each
// chain's head so that a province can publish it and a cut-off tail is noticed.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/cli_store.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/dossier_repository.hpp"

namespace motcua::app {

namespace {
int verify(const std::string& db_path) {
  auto db = open_cli_store_without_personal_data(db_path);
  if (!db.ok()) {
    std::cerr << "cannot open " << db_path << ": " << db.error().message << "\n";
    return 2;
  }
  auto reports = (*db)->read<std::vector<store::ChainReport>>(
      [](store::SqlConnection& c) { return store::verify_all_chains(c); });
  if (!reports.ok()) {
    std::cerr << "cannot read the history: " << reports.error().message << "\n";
    return 2;
  }
  int broken = 0;
  for (const auto& r : *reports) {
    if (r.broken) {
      ++broken;
      std::cout << "BROKEN chain " << r.chain_key << " at event seq " << r.broken->seq
                << " (position " << r.broken->chain_pos << "): " << r.broken->reason << "\n";
    } else {
      std::cout << "ok chain " << r.chain_key << " events " << r.length << " head " << r.head_hash
                << "\n";
    }
  }
  std::cout << reports->size() << " chains, " << broken << " broken\n";
  return broken == 0 ? 0 : 1;
}
}  // namespace

void add_audit_commands(CLI::App& root) {
  auto* audit = root.add_subcommand("audit", "Check the tamper-evident history");
  audit->require_subcommand(1);
  auto db = std::make_shared<std::string>("motcua.db");
  auto* v = audit->add_subcommand("verify", "Verify every hash chain of dossier_events");
  v->add_option("--db", *db, kDbOptionHelp);
  v->callback([db] {
    if (int rc = verify(*db); rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace motcua::app
