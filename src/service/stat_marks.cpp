#include "stat_marks.hpp"

#include "motcua/stats/marks.hpp"
#include "motcua/store/stats_marks.hpp"

namespace motcua::service::detail {

Status mark_dossier(store::SqlConnection& c, const std::string& code, const stats::CounterKey& key,
                    const stats::DayCounts& contribution) {
  return store::replace_dossier_marks(c, code, key, stats::marks_of(contribution));
}

}  // namespace motcua::service::detail
