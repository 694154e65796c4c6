// `motcua migrate-store --from FILE.db --to postgresql://…` (issue 13, point 5): moves a
// commune's store onto the province's PostgreSQL server in one transaction, committed only
// when every table's row count and every history chain agree on both ends (docs/deploy.md §6).
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "app/cli_store.hpp"
#include "app/store_move.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/store_copy.hpp"

namespace motcua::app {

namespace {

struct Moved {
  std::vector<store::TableCopy> tables;
  std::size_t chains = 0;
};

// The target's chains, read inside the copy's transaction, against the source's.
Status same_chains(const std::vector<store::ChainReport>& source,
                   const std::vector<store::ChainReport>& target) {
  auto differs = [](const std::string& en, const std::string& vi) {
    return make_error(ErrorCode::conflict, "migrate.chain_differs", en, vi);
  };
  if (source.size() != target.size())
    return differs(std::to_string(source.size()) + " history chains in the source, " +
                       std::to_string(target.size()) + " after the copy",
                   "số chuỗi lịch sử sau khi chép khác nguồn");
  for (std::size_t i = 0; i < source.size(); ++i) {
    const auto& s = source[i];
    const auto& t = target[i];
    if (t.broken)
      return differs("chain " + t.chain_key + " is broken after the copy at event seq " +
                         std::to_string(t.broken->seq) + ": " + t.broken->reason,
                     "chuỗi " + t.chain_key + " bị đứt sau khi chép");
    if (s.chain_key != t.chain_key || s.length != t.length || s.head_hash != t.head_hash)
      return differs("chain " + s.chain_key + " ends at " + s.head_hash + " in the source and " +
                         t.head_hash + " after the copy",
                     "chuỗi " + s.chain_key + " sau khi chép khác nguồn");
  }
  return ok_status();
}

}  // namespace

int move_store_to_postgres(const std::string& from_path, const std::string& to_uri,
                           const std::string& key_file_option) {
  if (!store::Database::names_server(to_uri)) {
    std::cerr << "--to must be a postgresql:// URI\n";
    return 2;
  }
  // Opening a missing file would make an empty store and move nothing.
  if (!std::filesystem::is_regular_file(from_path)) {
    std::cerr << "no SQLite store at " << from_path << "\n";
    return 2;
  }
  auto from = open_cli_store(from_path, key_file_option);
  if (!from.ok()) {
    std::cerr << "cannot open " << from_path << ": " << from.error().message << "\n";
    return 2;
  }
  // The copied values stay sealed as they are: the target opens them with the source's keys.
  const std::string key_file = (*from)->data_keys().file();
  auto to = open_cli_store(to_uri, key_file);
  if (!to.ok()) {
    std::cerr << "cannot open the target: " << to.error().message << "\n";
    return 2;
  }
  auto source_chains = (*from)->read<std::vector<store::ChainReport>>(
      [](store::SqlConnection& c) { return store::verify_all_chains(c); });
  if (!source_chains.ok()) {
    std::cerr << "cannot read the source's history: " << source_chains.error().message << "\n";
    return 2;
  }
  for (const auto& r : *source_chains)
    if (r.broken) {
      std::cerr << "the source's chain " << r.chain_key << " is broken at event seq "
                << r.broken->seq << " (" << r.broken->reason
                << "); `motcua audit verify` shows it. Nothing was moved.\n";
      return 1;
    }
  auto moved = (*to)->write_returning<Moved>([&](store::SqlConnection& target) -> Result<Moved> {
    auto empty = store::store_is_empty(target);
    if (!empty.ok()) return empty.error();
    if (!*empty)
      return make_error(ErrorCode::conflict, "migrate.target_not_empty",
                        "the target already holds agencies, procedures, users or dossiers",
                        "cơ sở dữ liệu đích đã có dữ liệu");
    return (*from)->read<Moved>([&](store::SqlConnection& source) -> Result<Moved> {
      // One snapshot of the source, however long the copy takes.
      MOTCUA_TRY(source.execute_script("BEGIN"));
      auto tables = store::copy_store(source, target);
      Status ended = source.execute_script("COMMIT");
      if (!tables.ok()) return tables.error();
      if (!ended.ok()) return ended.error();
      auto chains = store::verify_all_chains(target);
      if (!chains.ok()) return chains.error();
      MOTCUA_TRY(same_chains(*source_chains, *chains));
      return Moved{std::move(*tables), chains->size()};
    });
  });
  if (!moved.ok()) {
    std::cerr << "nothing was moved: " << moved.error().message << "\n";
    return 1;
  }
  std::int64_t rows = 0;
  for (const auto& t : moved->tables) {
    std::cout << t.table << ": " << t.rows << " rows\n";
    rows += t.rows;
  }
  std::cout << "moved " << moved->tables.size() << " tables, " << rows << " rows; " << moved->chains
            << " history chains intact, heads as in the source\n";
  if (!(*from)->data_keys().unsealed_store())
    std::cout << "personal data stays sealed with the keys in " << key_file
              << ": give every node that file (MOTCUA_DATA_KEY_FILE, docs/deploy.md)\n";
  return 0;
}

void add_migrate_store_command(CLI::App& root) {
  auto* cmd = root.add_subcommand(
      "migrate-store", "Move a SQLite store into an empty PostgreSQL database, verified");
  auto from = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>();
  cmd->add_option("--from", *from, "The SQLite file")->required();
  cmd->add_option("--to", *to, "The PostgreSQL database: a postgresql:// URI")->required();
  cmd->callback([from, to] {
    if (int rc = move_store_to_postgres(*from, *to); rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace motcua::app
