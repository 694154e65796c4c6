// `motcua backup --db FILE --to FILE` and `motcua restore --from FILE --db FILE|URI` (issue 14,
// point 6; docs/deploy.md): a verified copy of a SQLite store taken while it serves, and a
// verified way back. Neither ever writes over an existing store.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/cli_store.hpp"
#include "app/store_move.hpp"
#include "motcua/app/commands.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/sqlite_backup.hpp"
#include "motcua/store/store_copy.hpp"

namespace motcua::app {

namespace {

struct Checked {
  std::vector<store::TableCopy> tables;
  std::size_t chains = 0;
  std::shared_ptr<store::DataKeys> keys;  // what it was opened with
};

// A copy is trusted only when SQLite finds its pages sound and every history chain verifies.
// `key_file` holds the keys its personal data is sealed with: opening checks them against it.
// A backup is checked without reading personal data (`use` = not_read), so it works without
// the key file; a restore must know whether the store is sealed (never_start).
Result<Checked> check_copy(const std::string& path, const std::string& key_file,
                           store::KeyUse use) {
  MOTCUA_TRY(store::check_sqlite_file(path));
  auto db = open_cli_store(path, key_file, use);
  if (!db.ok()) return db.error();
  auto checked = (*db)->read<Checked>([&](store::SqlConnection& c) -> Result<Checked> {
    auto chains = store::verify_all_chains(c);
    if (!chains.ok()) return chains.error();
    for (const auto& r : *chains)
      if (r.broken)
        return make_error(ErrorCode::conflict, "backup.chain_broken",
                          "history chain " + r.chain_key + " is broken at event seq " +
                              std::to_string(r.broken->seq) + ": " + r.broken->reason,
                          "chuỗi lịch sử " + r.chain_key + " bị đứt");
    auto tables = store::count_tables(c);
    if (!tables.ok()) return tables.error();
    return Checked{std::move(*tables), chains->size(), nullptr};
  });
  if (checked.ok()) checked->keys = (*db)->data_keys_shared();
  return checked;
}

void print_checked(const Checked& c) {
  std::int64_t rows = 0;
  for (const auto& t : c.tables) {
    std::cout << t.table << ": " << t.rows << " rows\n";
    rows += t.rows;
  }
  std::cout << c.tables.size() << " tables, " << rows << " rows; " << c.chains
            << " history chains intact\n";
}

double mib(const std::string& path) {
  std::error_code ec;
  const auto bytes = std::filesystem::file_size(path, ec);
  return ec ? 0.0 : double(bytes) / (1024.0 * 1024.0);
}

int backup(const std::string& db, const std::string& to) {
  if (store::Database::names_server(db)) {
    std::cerr << "a PostgreSQL store is backed up with PostgreSQL's tools (pg_dump, or a base "
                 "backup with WAL archiving: docs/deploy.md); `motcua backup` copies a SQLite "
                 "file\n";
    return 2;
  }
  auto key_file = store::DataKeys::default_file(db);
  if (!key_file.ok()) {
    std::cerr << "no backup was made: " << key_file.error().message << "\n";
    return 2;
  }
  const auto t0 = std::chrono::steady_clock::now();
  if (auto copied = store::backup_sqlite_file(db, to); !copied.ok()) {
    std::cerr << "no backup was made: " << copied.error().message << "\n";
    return copied.error().code == ErrorCode::unavailable ? 1 : 2;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  auto checked = check_copy(to, *key_file, store::KeyUse::not_read);
  if (!checked.ok()) {
    std::error_code ec;
    std::filesystem::remove(to, ec);
    std::cerr << "the copy failed its check and was removed: " << checked.error().message << "\n";
    return 1;
  }
  print_checked(*checked);
  std::printf("backup of %s written to %s: %.1f MiB in %.2f s, one snapshot, verified\n",
              db.c_str(), to.c_str(), mib(to), seconds);
  // The keys stay out of the copy on purpose: a stolen backup alone does not give up
  // identity numbers, phones or addresses.
  std::printf(
      "its personal data is sealed with the keys in %s, which the backup does not "
      "hold: keep a copy of that file apart from the backups; restore needs it "
      "(--keys)\n",
      key_file->c_str());
  return 0;
}

// Gives the restored file `db` the backup's keys where it will look for them, unless a key
// file is already there (then opening it checks that it holds the same keys). Returns the
// file it wrote ("" when none), for the caller to remove if the restore fails after all.
Result<std::string> install_keys(const store::DataKeys& keys, const std::string& db) {
  auto target = store::DataKeys::default_file(db);
  if (!target.ok()) return target.error();
  std::error_code ec;
  if (*target == keys.file() || std::filesystem::exists(*target, ec)) return std::string{};
  MOTCUA_TRY(keys.save_copy_to(*target));
  return *target;
}

// Removes what a failed restore made: the store, its -wal and -shm, and a key file it wrote.
void undo_restore(const std::string& db, const std::string& installed_keys) {
  std::error_code ec;
  for (const std::string& f : {db, db + "-wal", db + "-shm", installed_keys})
    if (!f.empty()) std::filesystem::remove(f, ec);
}

int restore(const std::string& from, const std::string& db, std::string keys) {
  if (keys.empty()) {
    auto file = store::DataKeys::default_file(from);
    if (!file.ok()) {
      std::cerr << "nothing was restored: " << file.error().message << "\n";
      return 2;
    }
    keys = *file;
  }
  auto source = check_copy(from, keys, store::KeyUse::never_start);
  if (!source.ok()) {
    std::cerr << "nothing was restored: the backup " << from
              << " is not sound: " << source.error().message << "\n";
    if (source.error().key == "data_keys.mismatch")
      std::cerr << "a backup holds no keys: give the key file of the backed-up store with "
                   "--keys\n";
    return source.error().code == ErrorCode::invalid ? 2 : 1;
  }
  if (store::Database::names_server(db)) return move_store_to_postgres(from, db, keys);
  std::error_code ec;
  if (std::filesystem::exists(db, ec)) {
    std::cerr << db
              << " exists: restore never writes over a store. Stop the server, move the file "
                 "(with its -wal and -shm) aside, and run restore again.\n";
    return 2;
  }
  if (auto copied = store::backup_sqlite_file(from, db); !copied.ok()) {
    std::cerr << "nothing was restored: " << copied.error().message << "\n";
    return 1;
  }
  auto installed = source->keys->unsealed_store() ? Result<std::string>(std::string{})
                                                  : install_keys(*source->keys, db);
  if (!installed.ok()) {
    undo_restore(db, "");
    std::cerr << "nothing was restored: " << installed.error().message << "\n";
    return 1;
  }
  auto restored = check_copy(db, "", store::KeyUse::never_start);
  if (!restored.ok()) {
    undo_restore(db, *installed);
    std::cerr << "the restored store failed its check and was removed: " << restored.error().message
              << "\n";
    return 1;
  }
  for (std::size_t i = 0; i < source->tables.size(); ++i)
    if (i >= restored->tables.size() || restored->tables[i].rows != source->tables[i].rows) {
      undo_restore(db, *installed);
      std::cerr << "the restored store differs from the backup in " << source->tables[i].table
                << "; it was removed\n";
      return 1;
    }
  print_checked(*restored);
  std::cout << "restored " << from << " into " << db << ", every table counted equal\n";
  return 0;
}

}  // namespace

void add_backup_commands(CLI::App& root) {
  auto* b = root.add_subcommand(
      "backup", "Copy a SQLite store while it serves: one snapshot, checked, never overwriting");
  auto db = std::make_shared<std::string>("motcua.db");
  auto to = std::make_shared<std::string>();
  b->add_option("--db", *db, "The SQLite file to back up");
  b->add_option("--to", *to, "The new file to write (must not exist)")->required();
  b->callback([db, to] {
    if (int rc = backup(*db, *to); rc != 0) throw CLI::RuntimeError(rc);
  });

  auto* r = root.add_subcommand(
      "restore", "Restore a backup into a new SQLite file or an empty PostgreSQL database");
  auto from = std::make_shared<std::string>();
  auto target = std::make_shared<std::string>();
  r->add_option("--from", *from, "The backup file")->required();
  r->add_option("--db", *target, kDbOptionHelp + std::string(" (new file, or empty database)"))
      ->required();
  auto keys = std::make_shared<std::string>();
  r->add_option("--keys", *keys,
                "The key file the backed-up store sealed its personal data with (default: "
                "$MOTCUA_DATA_KEY_FILE, else FROM.keys)");
  r->callback([from, target, keys] {
    if (int rc = restore(*from, *target, *keys); rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace motcua::app
