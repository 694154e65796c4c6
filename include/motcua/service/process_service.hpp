#pragma once
// Process definitions as admins manage them (issue 5 point 1): the one in force for a
// procedure and channel, its history of versions, and storing a new version after checking it
// against the procedure's processing time. Used by the HTTP API and `motcua import processes`.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/catalog/procedure.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/process_definition.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

struct ProcessView {
  dossier::ProcessDefinition definition;
  bool is_default = false;  // generated from the built-in default (no stored version)
  std::string created_at;   // empty for the default
  std::string created_by;
};

struct SavedProcess {
  ProcessView view;
  bool created = false;  // false: the same steps were already the newest version
};

// The procedure's processing time for `channel` ("any": the shortest of its channels, since
// one definition then serves them all, counted as max_limit_hours); nothing when it has none.
std::optional<double> limit_hours_for(const catalog::Procedure& p, const std::string& channel);

class ProcessService {
 public:
  ProcessService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The definition a dossier of `channel` ("" = any) received now would follow: the newest
  // version for the channel, else for "any", else the built-in default with the procedure's
  // processing time split by its shares. not_found for an unknown procedure.
  Result<ProcessView> in_force(const std::string& procedure_code, const std::string& channel);
  // The stored versions, oldest first, a page at a time (empty when only the default applies).
  Result<std::vector<ProcessView>> versions(const std::string& procedure_code, int limit,
                                            int offset);
  // Checks `body` (process_definition_from_json, agencies of inter-agency steps exist, the
  // allowances fit the processing time) and appends it as the procedure's next version,
  // unless its steps equal the newest version for the same channel. `channel` may be empty
  // (the body's, else "any"). not_found for an unknown procedure; invalid naming the field.
  Result<SavedProcess> save(const std::string& procedure_code, const std::string& channel,
                            const nlohmann::json& body, const std::string& actor);
  // save() on behalf of a signed-in user: a definition serves the whole province, so only an
  // admin of a province-level agency or of the service centre may store one (forbidden
  // otherwise). The CLI import calls save() as the operator.
  Result<SavedProcess> save_as(const auth::User& user, const std::string& procedure_code,
                               const std::string& channel, const nlohmann::json& body);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
