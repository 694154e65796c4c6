#pragma once
// The key ring a store seals personal fields with (issue 14, point 3; src/secret/README.md),
// held for the process: read from the key file, written once when a store is first sealed,
// re-read when a value names a key this process does not know yet (another process rotated),
// and extended by `motcua pdp rotate-key`. Every connection of a Database shares one.
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>

#include "motcua/common/result.hpp"
#include "motcua/secret/key_ring.hpp"

namespace motcua::store {

// What opening a store may do with its keys (docs/deploy.md §2a).
enum class KeyUse {
  // `serve` and the library's users: may write the key file and seal a store never sealed.
  may_start,
  // The other commands: a never-sealed store is read as it is, no key file is written.
  never_start,
  // Commands that never read personal data (audit, stats, user, import, calendar, export,
  // backup): as never_start, and a sealed store whose key file is absent opens all the same,
  // every sealed value refusing to open, so a cron job without the secret still works.
  not_read,
};

class DataKeys {
 public:
  // Where the key file of the store at `where` is: $MOTCUA_DATA_KEY_FILE when set; else next
  // to a SQLite file ("<file>.keys"); else, for a PostgreSQL URI,
  // $XDG_STATE_HOME/motcua/data.keys (~/.local/state when unset). docs/deploy.md asks for the
  // variable in production, pointing outside the database's disk and backups.
  static Result<std::string> default_file(const std::string& where);
  // Reads `file`. A file that does not exist gives a new random ring, written only when the
  // store accepts it (save_new): a wrong path never leaves a stray key file behind.
  static Result<std::shared_ptr<DataKeys>> load(const std::string& file);
  // A new ring that is never written: for ":memory:" stores.
  static std::shared_ptr<DataKeys> in_memory();

  const std::string& file() const { return file_; }
  bool saved() const;
  // Writes the new ring to its file (mode 0600), never over an existing file: if another
  // process wrote one first (two nodes started together), its ring is adopted instead.
  Status save_new();
  // Adds a new sealing key, which seals from now on; the file is rewritten whole (a temporary
  // file, fsync, rename), keeping every older key.
  Result<secret::SealingKey> add_sealing_key();
  // The file's ring, read again.
  Status reload();
  // An unsaved ring gives way to the file when another process has written it since load().
  Status adopt_if_written();

  // Writes this ring to `file`, which must not exist (a restored store's own copy).
  Status save_copy_to(const std::string& file) const;

  // A store never sealed, opened by a command that may not start sealing it (only `serve`
  // may: a CLI run without the production key file must not seal a store with a key file of
  // its own). Values are read as stored, in clear; nothing may be sealed.
  void use_unsealed_store();
  bool unsealed_store() const;
  // A sealed store opened without its key file (KeyUse::not_read): open() fails, seal() throws.
  void use_without_keys();

  secret::KeyRing ring() const;
  // Throws std::logic_error on an unsealed store (a broken invariant: no command that may not
  // start sealing writes personal data).
  std::string seal(std::string_view where, std::string_view plain) const;
  // The same for a file, kept binary (secret/seal.hpp).
  std::string seal_binary(std::string_view where, std::string_view plain) const;
  Result<std::string> open(std::string_view where, std::string_view stored);
  std::string lookup_hash(std::string_view id_number) const;

 private:
  // The current key, for writing; throws as seal() does.
  secret::SealingKey sealing_key() const;
  DataKeys(std::string file, secret::KeyRing ring, bool saved)
      : file_(std::move(file)), ring_(std::move(ring)), saved_(saved) {}

  std::string file_;  // empty: in memory only
  mutable std::shared_mutex mutex_;
  secret::KeyRing ring_;
  bool saved_;
  bool unsealed_store_ = false;
  bool without_keys_ = false;
};

// Where a sealed value lives, its associated data: "<table>.<column>|<row key>".
std::string sealed_place(std::string_view table, std::string_view column, std::string_view row);

}  // namespace motcua::store
