// `motcua stats rebuild|verify --db FILE`: the statistics' counters recomputed from every
// dossier's history, and the proof that the counters kept with each change agree with it.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/cli_store.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/service/stats_service.hpp"
#include "motcua/store/database.hpp"

namespace motcua::app {

namespace {

int stats_run(const std::string& db_path, bool rebuild) {
  auto db = open_cli_store_without_personal_data(db_path);
  if (!db.ok()) {
    std::cerr << "cannot open " << db_path << ": " << db.error().message << "\n";
    return 2;
  }
  SystemClock clock;
  service::StatsService stats(**db, clock);
  if (rebuild) {
    const auto started = std::chrono::steady_clock::now();
    if (Status s = stats.rebuild(); !s.ok()) {
      std::cerr << "rebuild failed: " << s.error().message << "\n";
      return 2;
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    std::cout << "counters rebuilt from every dossier's history in " << ms.count() << " ms\n";
    return 0;
  }
  auto difference = stats.verify();
  if (!difference.ok()) {
    std::cerr << "verify failed: " << difference.error().message << "\n";
    return 2;
  }
  if (*difference) {
    std::cout << "counters differ from the recomputation: " << **difference << "\n";
    return 1;
  }
  std::cout << "counters agree with the recomputation from every dossier's history\n";
  return 0;
}

}  // namespace

void add_stats_commands(CLI::App& root) {
  auto* stats = root.add_subcommand("stats", "The statistics' counters");
  stats->require_subcommand(1);
  auto db = std::make_shared<std::string>("motcua.db");
  auto* rebuild =
      stats->add_subcommand("rebuild", "Recompute every counter from the dossiers' histories");
  rebuild->add_option("--db", *db, kDbOptionHelp);
  rebuild->callback([db] {
    if (int rc = stats_run(*db, true); rc != 0) throw CLI::RuntimeError(rc);
  });
  auto* verify = stats->add_subcommand(
      "verify",
      "Exit 0 only when the counters equal their recomputation; else print the first "
      "difference");
  verify->add_option("--db", *db, kDbOptionHelp);
  verify->callback([db] {
    if (int rc = stats_run(*db, false); rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace motcua::app
