#pragma once
// Finding what the store holds about one person (issue 14, point 3: a data subject's request
// under the Personal Data Protection Law 91/2025), by their citizen identity number.
#include <string>
#include <vector>

#include "motcua/store/sql.hpp"

namespace motcua::store {

// The codes of the dossiers the person applied for, the oldest first.
Result<std::vector<std::string>> dossier_codes_of_applicant(SqlConnection& c,
                                                            const std::string& id_number);
// The ids of the reception notices (Forms 02/03) issued to the person, the oldest first.
Result<std::vector<std::string>> notice_ids_of_applicant(SqlConnection& c,
                                                         const std::string& id_number);

}  // namespace motcua::store
