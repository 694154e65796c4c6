#include "stat_counting.hpp"

#include "motcua/stats/counters.hpp"
#include "motcua/store/stats_repository.hpp"
#include "stat_marks.hpp"

namespace motcua::service::detail {

Status count_change(store::SqlConnection& c, const dossier::Dossier& d,
                    const std::vector<dossier::DossierEvent>& before,
                    const dossier::DossierEvent& appended) {
  std::vector<dossier::DossierEvent> after = before;
  after.push_back(appended);
  const auto change = stats::difference(stats::contribution(after), stats::contribution(before));
  MOTCUA_TRY(store::add_counters(c, stats::key_of(d), change));
  // The dossiers behind each figure are written with it (stat_marks.hpp).
  return mark_dossier(c, d, after);
}

}  // namespace motcua::service::detail
