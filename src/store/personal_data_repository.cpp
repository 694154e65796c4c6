#include "motcua/store/personal_data_repository.hpp"

#include <utility>

#include "motcua/store/data_keys.hpp"

namespace motcua::store {

namespace {
Result<std::vector<std::string>> first_column(Result<SqlRows> rows) {
  if (!rows.ok()) return rows.error();
  std::vector<std::string> out;
  for (const auto& r : *rows) out.push_back(r.text(0));
  return out;
}

// The column a person's records are found by, and the value to compare: the keyed hash; in a
// store not sealed yet (data_keys.hpp) hashes are not written and the number is compared as
// stored.
std::pair<std::string, std::string> applicant_key(SqlConnection& c, const std::string& id_number) {
  if (c.data_keys().unsealed_store()) return {"applicant_id_number", id_number};
  return {"applicant_id_hash", c.data_keys().lookup_hash(id_number)};
}

}  // namespace

Result<std::vector<std::string>> dossier_codes_of_applicant(SqlConnection& c,
                                                            const std::string& id_number) {
  const auto [column, value] = applicant_key(c, id_number);
  return first_column(c.query(
      "SELECT code FROM dossiers WHERE " + column + " = $1 ORDER BY received_at, code", {value}));
}

Result<std::vector<std::string>> notice_ids_of_applicant(SqlConnection& c,
                                                         const std::string& id_number) {
  const auto [column, value] = applicant_key(c, id_number);
  return first_column(
      c.query("SELECT id FROM reception_notices WHERE " + column + " = $1 ORDER BY issued_at, id",
              {value}));
}

}  // namespace motcua::store
