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
  const auto now = stats::contribute(after), was = stats::contribute(before);
  const stats::CounterKey key = stats::key_of(d);
  MOTCUA_TRY(store::add_counters(c, key, stats::difference(now.days, was.days)));
  // The quarter hour it becomes overdue in, for the figures of now (stat_tree_due).
  if (now.overdue_from != was.overdue_from) {
    if (was.overdue_from)
      MOTCUA_TRY(store::add_running_due(c, key, stats::quarter_hour(*was.overdue_from), -1));
    if (now.overdue_from)
      MOTCUA_TRY(store::add_running_due(c, key, stats::quarter_hour(*now.overdue_from), 1));
  }
  // The dossiers behind each figure are written with it (stat_marks.hpp).
  return mark_dossier(c, d.code, key, now.days);
}

}  // namespace motcua::service::detail
