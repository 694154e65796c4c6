#pragma once
// How long each procedure's records are kept (issue 14, point 3): the province's retention
// schedule as its admins set it with `motcua pdp retention set`, every setting kept (migration
// 0035). Erasure on the ground that retention ended reads it (dossier/erasure.hpp).
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

// The code that stands for every procedure without a period of its own.
inline constexpr const char* kEveryProcedure = "*";

struct RetentionPeriod {
  std::string procedure_code;  // or kEveryProcedure
  int version = 0;             // 1, 2, … per procedure_code; assigned on insert
  std::optional<int> years;    // nothing: kept permanently
  std::string basis;           // the schedule it follows, as cited
  std::string set_by;
  TimePoint set_at{};
};

// Records a new setting for `p.procedure_code` (its version the next one) and returns it.
Result<RetentionPeriod> set_retention_period(SqlConnection& c, RetentionPeriod p);
// The setting in force for each procedure code that has one, by code.
Result<std::vector<RetentionPeriod>> retention_periods_in_force(SqlConnection& c);
// The setting in force for a procedure: its own, else the one for every procedure, else none.
Result<std::optional<RetentionPeriod>> retention_period_for(SqlConnection& c,
                                                            const std::string& procedure_code);

}  // namespace motcua::store
