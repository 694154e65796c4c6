#pragma once
// Erasure of applicants' personal data (issue 14, point 3; Law 91/2025 Art. 14): at a data
// subject's request or the agency's initiative, for one dossier, one reception notice or every
// record of a person; and the sweep of records whose retention period ended. How much goes is
// dossier/erasure.hpp's rule; the province's retention schedule is kept here too. Each record
// is erased in its own write: the fields, the record of the erasure and, for a dossier, a
// `personal_data_erased` event at the end of its history chain, which names no erased value,
// so the chain still verifies.
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/dossier/erasure.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/retention_repository.hpp"

namespace motcua::service {

// Exactly one of the three names what to erase. A dossier takes along the reception notice
// that answered it, if any (an online submission not received).
struct ErasureTarget {
  std::string dossier_code;
  std::string notice_id;
  std::string id_number;  // every dossier and notice of the person
};

struct ErasureRequest {
  ErasureTarget target;
  dossier::ErasureGround ground = dossier::ErasureGround::subject_request;
  std::string decision;  // authority-decision: the decision's number and date
  std::string operator_name;
};

struct ErasureOutcome {
  std::string record;
  std::string record_kind;  // "dossier" | "notice"
  dossier::ErasureScope before = dossier::ErasureScope::none;
  dossier::ErasureDecision decision;  // decision.scope: erased in total now
  int uploads_removed = 0;
  int texts_erased = 0;  // events' notes and reasons, the rating's comment
  int texts_kept = 0;    // in events from before migration 0037, whose hash covers them
  bool erased_now() const { return decision.scope > before; }
};

struct RetentionSweep {
  long long records_examined = 0;
  std::vector<ErasureOutcome> erased;
};

class ErasureService {
 public:
  ErasureService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Invalid (naming the field) for a target that is not exactly one, an identity number that
  // is not 12 digits, or an authority's decision without its reference; not found for an
  // unknown dossier or notice. A person the store holds nothing of gets an empty list.
  Result<std::vector<ErasureOutcome>> erase(const ErasureRequest& request);
  // Erases everything of every finished record whose retention period has ended.
  Result<RetentionSweep> erase_expired(const std::string& operator_name);

  // Sets the retention period of a procedure's records (or kEveryProcedure's); no years keeps
  // them permanently. Invalid for an unknown procedure, years outside 0–200 or no basis.
  Result<store::RetentionPeriod> set_retention(const std::string& procedure_code,
                                               std::optional<int> years, const std::string& basis,
                                               const std::string& operator_name);
  Result<std::vector<store::RetentionPeriod>> retention_periods();

 private:
  Result<ErasureOutcome> erase_dossier(const std::string& code, const ErasureRequest& request);
  Result<ErasureOutcome> erase_notice(const std::string& id, const ErasureRequest& request);
  // The reception notices (Form 02 / 03) that answered the online dossier `code`, from its
  // history.
  Result<std::vector<std::string>> answering_notices(const std::string& code);

  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
