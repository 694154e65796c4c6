#include "motcua/store/personal_data_sealing.hpp"

#include <optional>

#include "motcua/secret/seal.hpp"

namespace motcua::store {

namespace {

constexpr std::string_view kLookupId = "lookup";

Error wrong_key_file(const std::string& file, const std::string& why, const std::string& why_vi) {
  return make_error(ErrorCode::invalid, "data_keys.mismatch",
                    "the key file " + file + " " + why +
                        ". Point MOTCUA_DATA_KEY_FILE at the key file this store's servers use "
                        "(docs/deploy.md).",
                    "tệp khoá " + file + " " + why_vi +
                        ". Hãy trỏ MOTCUA_DATA_KEY_FILE tới tệp khoá mà máy chủ đang dùng.");
}

Status check_recorded(const SqlRows& recorded, const DataKeys& keys) {
  const secret::KeyRing ring = keys.ring();
  for (const auto& r : recorded) {
    const std::string id = r.text(0);
    const std::string expected = r.text(1);
    if (id == kLookupId) {
      if (secret::fingerprint(ring.lookup) != expected)
        return wrong_key_file(keys.file(), "holds another lookup key than this store's",
                              "có khoá tra cứu khác với khoá của kho dữ liệu này");
      continue;
    }
    const secret::SealingKey* k = ring.find(id);
    if (!k)
      return wrong_key_file(keys.file(), "lacks key " + id + ", which sealed data in this store",
                            "thiếu khoá " + id + " đã dùng để mã hoá dữ liệu trong kho");
    if (secret::fingerprint(k->bytes) != expected)
      return wrong_key_file(keys.file(), "holds another key under id " + id,
                            "có một khoá khác mang mã " + id);
  }
  return ok_status();
}

// Returns how many rows it sealed.
Result<std::int64_t> seal_all_clear_values(SqlConnection& c, DataKeys& keys) {
  std::int64_t sealed = 0;
  for (const auto& t : sealed_tables()) {
    auto count = reseal_table(
        t, [&](const std::string& after) { return reseal_page(c, keys, t, after, t.page); });
    if (!count.ok()) return count.error();
    // A value that does not open was altered before sealing began: it stays as it is, for
    // `pdp reseal` to name.
    sealed += count->rows_sealed_again;
  }
  return sealed;
}

// A store sealed before a table was (uploads, before migration 0036) has that table's rows in
// clear, marked so: sealed by the server's start. Returns how many rows it sealed.
Result<std::int64_t> seal_rows_marked_clear(SqlConnection& c, DataKeys& keys) {
  std::int64_t sealed = 0;
  for (const auto& t : sealed_tables()) {
    if (t.sealed_flag.empty()) continue;
    auto count = reseal_table(t, [&](const std::string& after) {
      return reseal_page(c, keys, t, after, t.page, ResealRows::marked_clear);
    });
    if (!count.ok()) return count.error();
    sealed += count->rows_sealed_again;
  }
  return sealed;
}

// Returns how many rows it sealed that were in clear.
Result<std::int64_t> prepare_in_transaction(SqlConnection& c, DataKeys& keys, KeyUse use) {
  MOTCUA_TRY(c.lock_until_commit("data_keys"));
  auto recorded = c.query("SELECT key_id, fingerprint FROM data_keys ORDER BY key_id", {});
  if (!recorded.ok()) return recorded.error();
  const bool first_sealing = recorded->empty();
  if (first_sealing && use != KeyUse::may_start) {
    keys.use_unsealed_store();
    return std::int64_t{0};
  }
  // Another node started on the same store may have written the file since this one looked.
  MOTCUA_TRY(keys.adopt_if_written());
  if (!keys.saved() && !first_sealing && use == KeyUse::not_read) {
    keys.use_without_keys();
    return std::int64_t{0};
  }
  if (!keys.saved()) {
    if (!first_sealing)
      return wrong_key_file(keys.file(), "does not exist, but this store's data is sealed",
                            "không tồn tại, nhưng dữ liệu của kho đã được mã hoá");
    MOTCUA_TRY(keys.save_new());
  }
  MOTCUA_TRY(check_recorded(*recorded, keys));
  // Only a server records keys: a command run with, say, a staging copy of the file holding
  // one more key must not make every node whose file lacks it refuse to start.
  if (use == KeyUse::may_start) MOTCUA_TRY(record_data_keys(c, keys.ring()));
  if (first_sealing) return seal_all_clear_values(c, keys);
  if (use == KeyUse::may_start) return seal_rows_marked_clear(c, keys);
  return std::int64_t{0};
}

}  // namespace

const std::vector<SealedTable>& sealed_tables() {
  static const std::vector<SealedTable> tables = {
      {"dossiers",
       "code",
       {"applicant_id_number", "applicant_phone", "applicant_email", "applicant_address"},
       "applicant_id_number",
       "applicant_id_hash"},
      {"reception_notices",
       "id",
       {"applicant_id_number", "applicant_phone", "applicant_email", "applicant_address"},
       "applicant_id_number",
       "applicant_id_hash"},
      {"notifications", "id", {"recipient"}, "", ""},
      // Up to 10 MB a file: a few files a page.
      {"uploads", "sha256", {"content"}, "", "", true, 8, "content_sealed", true},
  };
  return tables;
}

Status prepare_data_keys(SqlConnection& c, DataKeys& keys, KeyUse use) {
  // Sealing overwrites clear values: SQLite is to zero the space they leave, not keep them in
  // free pages (secure_delete; costless when there is nothing to seal).
  if (c.engine() == "sqlite") MOTCUA_TRY(c.execute_script("PRAGMA secure_delete = ON"));
  MOTCUA_TRY(c.begin_write());
  auto sealed = prepare_in_transaction(c, keys, use);
  if (!sealed.ok()) {
    // The first error is the one to report; a failed ROLLBACK ends the connection's
    // transaction all the same, and the store is not opened.
    (void)c.execute_script("ROLLBACK");
    return sealed.error();
  }
  MOTCUA_TRY(c.execute_script("COMMIT"));
  // The pages that held them in clear are still in the write-ahead log until it is written
  // back and emptied. (PostgreSQL keeps them in dead row versions and its WAL: docs/deploy.md
  // §2a asks for VACUUM FULL after the first start of an old store.)
  if (*sealed > 0 && c.engine() == "sqlite")
    return c.execute_script("PRAGMA wal_checkpoint(TRUNCATE)");
  return ok_status();
}

Status record_data_keys(SqlConnection& c, const secret::KeyRing& ring) {
  auto record = [&](const std::string& id, const secret::KeyBytes& key) -> Status {
    auto r = c.query(
        "INSERT INTO data_keys (key_id, fingerprint) VALUES ($1, $2) ON CONFLICT (key_id) DO "
        "NOTHING",
        {id, secret::fingerprint(key)});
    if (!r.ok()) return r.error();
    return ok_status();
  };
  MOTCUA_TRY(record(std::string(kLookupId), ring.lookup));
  for (const auto& k : ring.sealing) MOTCUA_TRY(record(k.id, k.bytes));
  return ok_status();
}

Result<ResealedPage> reseal_page(SqlConnection& c, DataKeys& keys, const SealedTable& t,
                                 const std::string& after, int limit, ResealRows which) {
  if (which == ResealRows::marked_clear && t.sealed_flag.empty())
    throw std::logic_error(t.table + " marks no row as in clear");
  std::string select = "SELECT " + t.key_column;
  for (const auto& col : t.columns) select += ", " + col;
  select += " FROM " + t.table + " WHERE " + t.key_column + " > $1" +
            (which == ResealRows::marked_clear ? " AND " + t.sealed_flag + " = 0" : "") +
            " ORDER BY " + t.key_column + " LIMIT $2";
  auto rows = c.query(select, {after, std::int64_t(limit)});
  if (!rows.ok()) return rows.error();

  std::string update = "UPDATE " + t.table + " SET ";
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    update += (i ? ", " : "") + t.columns[i] + " = $" + std::to_string(i + 2);
  if (!t.hash_column.empty())
    update += ", " + t.hash_column + " = $" + std::to_string(t.columns.size() + 2);
  if (!t.sealed_flag.empty()) update += ", " + t.sealed_flag + " = 1";
  update += " WHERE " + t.key_column + " = $1";

  const std::string current = keys.ring().current().id;
  ResealedPage page;
  for (const auto& r : *rows) {
    ++page.rows_read;
    const std::string key = r.text(0);
    page.last_key = key;
    bool stale = false;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      const std::string stored = r.is_null(i + 1) ? std::string{} : r.text(i + 1);
      if (!stored.empty() && secret::sealing_key_id(stored) != current) stale = true;
    }
    if (!stale) continue;
    std::vector<std::optional<std::string>> values;  // NULL stays NULL
    std::string id_number;
    bool readable = true;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      if (r.is_null(i + 1)) {
        values.emplace_back();
        continue;
      }
      const std::string stored = r.text(i + 1);
      const std::string place = sealed_place(t.table, t.columns[i], key);
      std::string plain = stored;
      if (secret::sealing_key_id(stored)) {
        auto opened = keys.open(place, stored);
        if (!opened.ok() && opened.error().key != "data_keys.unreadable") return opened.error();
        if (!opened.ok()) {
          page.unreadable.push_back(key + " " + t.columns[i]);
          readable = false;
          continue;
        }
        plain = std::move(*opened);
      } else if (t.key_is_content_sha256 && secret::sha256_hex(plain) != key) {
        page.unreadable.push_back(key + " " + t.columns[i]);
        readable = false;
        continue;
      }
      if (t.columns[i] == t.id_column) id_number = plain;
      values.emplace_back(t.bytes ? keys.seal_binary(place, plain) : keys.seal(place, plain));
    }
    if (!readable) continue;
    if (!t.hash_column.empty()) values.emplace_back(keys.lookup_hash(id_number));
    std::vector<SqlValue> params;
    params.reserve(values.size() + 1);
    params.push_back(sql_text(key));
    for (const auto& v : values) params.push_back(t.bytes && v ? sql_bytes(*v) : sql_opt_text(v));
    auto u = c.query(update, params);
    if (!u.ok()) return u.error();
    ++page.rows_sealed_again;
  }
  if (page.rows_read < limit) page.last_key.clear();
  return page;
}

Result<ResealCount> reseal_table(
    const SealedTable& t,
    const std::function<Result<ResealedPage>(const std::string& after)>& run_page) {
  ResealCount count{t.table};
  std::string after;
  do {
    auto page = run_page(after);
    if (!page.ok()) return page.error();
    count.rows_read += page->rows_read;
    count.rows_sealed_again += page->rows_sealed_again;
    count.unreadable.insert(count.unreadable.end(), page->unreadable.begin(),
                            page->unreadable.end());
    after = page->last_key;
  } while (!after.empty());
  return count;
}

}  // namespace motcua::store
