#pragma once
// The statistics (issue 12): the counters kept with every dossier change, their rebuild from
// the histories and its check, and the indicators read from them.
#include <optional>
#include <string>

#include "motcua/common/clock.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/stats_repository.hpp"

namespace motcua::service {

class StatsService {
 public:
  StatsService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The counters as the dossiers' histories give them (totals included), read in batches.
  Result<store::CounterSet> recompute();
  // Replaces the stored counters with the recomputation, in one transaction.
  Status rebuild();
  // Nothing when the stored counters equal the recomputation; otherwise the first difference
  // in words ("48.UBND.X 1.001193 counter 2026-03-02 received: kept 3, recomputed 4").
  Result<std::optional<std::string>> verify();
  // Rebuilds when dossiers recorded before the counters existed are not counted yet.
  Status ensure_built();

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
