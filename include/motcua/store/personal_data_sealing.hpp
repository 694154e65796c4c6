#pragma once
// The stored side of sealing personal data (issue 14, point 3): which columns are sealed, the
// check of a key file against the store at start, and sealing again under the current key
// (the first sealing of a store made before issue 14, and `motcua pdp rotate-key`).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "motcua/store/data_keys.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

// Rows a page reads when sealing again.
inline constexpr int kResealPage = 500;

struct SealedTable {
  std::string table;
  std::string key_column;            // the row's key, part of each value's associated data
  std::vector<std::string> columns;  // sealed columns
  std::string id_column;             // of `columns`, the identity number ("" when none)
  std::string hash_column;           // its keyed hash ("" when none)
  bool bytes = false;                // the columns are BLOB / bytea (uploaded files)
  int page = kResealPage;            // rows a page reads: fewer where a value is megabytes
  // A column that is 0 while the row's values are in clear, set to 1 when they are sealed
  // (uploads.content_sealed), so a store sealed before the table was finds what is left.
  std::string sealed_flag;
  // The row's key is the SHA-256 of its content (uploads): a file found in clear is sealed
  // only if it still is the file stored under that address, never one written over it.
  bool key_is_content_sha256 = false;
};
const std::vector<SealedTable>& sealed_tables();

// At open, on the writer connection, in its own transaction: refuses a key file that lacks a
// key the store was sealed with, or holds another key under its id; writes a new key file only
// for a store never sealed; records the ring's keys; and, on a store's first sealing, seals
// every value stored in clear before.
// `use` says what it may do (KeyUse).
Status prepare_data_keys(SqlConnection& c, DataKeys& keys, KeyUse use);

// Records the fingerprints of the ring's keys that the store does not have yet.
Status record_data_keys(SqlConnection& c, const secret::KeyRing& ring);

struct ResealedPage {
  std::int64_t rows_read = 0;
  std::int64_t rows_sealed_again = 0;
  std::string last_key;  // where the next page starts; "" when the table is done
  // "<row key> <column>" of each value that did not open (altered, or moved from another row):
  // left as it is, so one damaged row does not stop a rotation.
  std::vector<std::string> unreadable;
};
// Which rows a page looks at: every one, or only those `sealed_flag` marks as in clear.
enum class ResealRows { every, marked_clear };

// Seals again under the current key each value, in the next `limit` rows of `t` after
// `after` (by key), that another key sealed or that is in clear; recomputes the hash of the
// rows it changes.
Result<ResealedPage> reseal_page(SqlConnection& c, DataKeys& keys, const SealedTable& t,
                                 const std::string& after, int limit,
                                 ResealRows rows = ResealRows::every);

struct ResealCount {
  std::string table;
  std::int64_t rows_read = 0;
  std::int64_t rows_sealed_again = 0;
  std::vector<std::string> unreadable;  // as in ResealedPage
};
// Every page of `t`, each run by `run_page` (given where it starts): in the caller's
// transaction, or each in its own write.
Result<ResealCount> reseal_table(
    const SealedTable& t,
    const std::function<Result<ResealedPage>(const std::string& after)>& run_page);

}  // namespace motcua::store
