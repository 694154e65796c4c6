#pragma once
// An applicant's sealed fields as dossiers and reception_notices store them, in this order:
// identity number, phone, e-mail, address (personal_data_sealing.hpp).
#include <array>
#include <string>

#include "motcua/common/log.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/store/data_keys.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store::detail {

inline constexpr std::array<const char*, 4> kApplicantSealedColumns = {
    "applicant_id_number", "applicant_phone", "applicant_email", "applicant_address"};

// What a read does with a sealed value that does not open (altered, or copied from another
// row): the read of one record fails; a list leaves the field empty and logs it, so one
// altered row does not take a whole queue down while its own page still refuses to show it.
enum class Unreadable { fail, blank_and_log };

// Opens columns first..first+3 of `r` into `a`.
inline Status open_applicant(SqlConnection& c, std::string_view table, const std::string& row_key,
                             const SqlRow& r, std::size_t first, dossier::Applicant& a,
                             Unreadable unreadable = Unreadable::fail) {
  std::string* fields[] = {&a.id_number, &a.phone, &a.email, &a.address};
  for (std::size_t i = 0; i < kApplicantSealedColumns.size(); ++i) {
    auto plain = c.data_keys().open(sealed_place(table, kApplicantSealedColumns[i], row_key),
                                    r.is_null(first + i) ? std::string{} : r.text(first + i));
    if (plain.ok()) {
      *fields[i] = std::move(*plain);
      continue;
    }
    if (unreadable == Unreadable::fail) return plain.error();
    log::error("personal data does not open", {{"table", table},
                                               {"row", row_key},
                                               {"column", kApplicantSealedColumns[i]},
                                               {"error", plain.error().key}});
    fields[i]->clear();
  }
  return ok_status();
}

// The four fields sealed for the row `row_key` of `table`.
inline std::array<std::string, 4> sealed_applicant(SqlConnection& c, std::string_view table,
                                                   const std::string& row_key,
                                                   const dossier::Applicant& a) {
  const std::string* fields[] = {&a.id_number, &a.phone, &a.email, &a.address};
  std::array<std::string, 4> out;
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] =
        c.data_keys().seal(sealed_place(table, kApplicantSealedColumns[i], row_key), *fields[i]);
  return out;
}

}  // namespace motcua::store::detail
