#include "stat_marks.hpp"

#include "motcua/stats/marks.hpp"
#include "motcua/store/stats_marks.hpp"
#include "motcua/store/stats_repository.hpp"

namespace motcua::service::detail {

Status mark_dossier(store::SqlConnection& c, const dossier::Dossier& d,
                    const std::vector<dossier::DossierEvent>& history) {
  return store::replace_dossier_marks(c, d.code, stats::key_of(d),
                                      stats::marks_of(stats::contribution(history)));
}

Status rebuild_marks(store::SqlConnection& c) {
  MOTCUA_TRY(store::clear_marks(c));
  return store::for_each_dossier_history(c, 2000, [&](const store::DossierHistory& h) {
    return store::replace_dossier_marks(c, h.code, h.key,
                                        stats::marks_of(stats::contribution(h.events)));
  });
}

}  // namespace motcua::service::detail
