#pragma once
// The dossiers as the analysts' export reads them (`motcua export dossiers`, issue 12): each
// dossier's columns, its procedure's field, the path of its competent agency in the agency
// tree, and its history, in code order, a batch per query.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "motcua/dossier/dossier.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

struct DossierToExport {
  std::string code;
  std::string receiving_agency;
  std::string competent_agency;
  std::string agency_path;  // the competent agency's ancestors and itself, root first, "/"-joined
  std::string procedure_code;
  std::string field;
  std::string channel;
  std::string status;
  std::string received_at;  // as stored (ISO 8601, +07:00)
  std::string due_at;
  std::string statutory_due_at;
  std::string finished_at;                    // empty while open
  std::vector<dossier::DossierEvent> events;  // at, kind and details, in order
};

// Calls `each` for every dossier received in [received_from, received_before) (ISO times;
// none = unbounded), in code order.
Status for_each_dossier_to_export(SqlConnection& c, const std::optional<std::string>& received_from,
                                  const std::optional<std::string>& received_before, int batch,
                                  const std::function<Status(const DossierToExport&)>& each);

}  // namespace motcua::store
