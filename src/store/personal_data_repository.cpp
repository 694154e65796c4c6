#include "motcua/store/personal_data_repository.hpp"

#include "motcua/store/data_keys.hpp"

namespace motcua::store {

namespace {
Result<std::vector<std::string>> first_column(Result<SqlRows> rows) {
  if (!rows.ok()) return rows.error();
  std::vector<std::string> out;
  for (const auto& r : *rows) out.push_back(r.text(0));
  return out;
}
}  // namespace

// By the keyed hash; in a store not sealed yet (data_keys.hpp), hashes are not written and
// the number is compared as stored.
Result<std::vector<std::string>> dossier_codes_of_applicant(SqlConnection& c,
                                                            const std::string& id_number) {
  if (c.data_keys().unsealed_store())
    return first_column(c.query(
        "SELECT code FROM dossiers WHERE applicant_id_number = $1 ORDER BY received_at, code",
        {id_number}));
  return first_column(
      c.query("SELECT code FROM dossiers WHERE applicant_id_hash = $1 ORDER BY received_at, code",
              {c.data_keys().lookup_hash(id_number)}));
}

Result<std::vector<std::string>> notice_ids_of_applicant(SqlConnection& c,
                                                         const std::string& id_number) {
  if (c.data_keys().unsealed_store())
    return first_column(c.query(
        "SELECT id FROM reception_notices WHERE applicant_id_number = $1 ORDER BY issued_at, id",
        {id_number}));
  return first_column(c.query(
      "SELECT id FROM reception_notices WHERE applicant_id_hash = $1 ORDER BY issued_at, id",
      {c.data_keys().lookup_hash(id_number)}));
}

}  // namespace motcua::store
