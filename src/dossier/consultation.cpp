// Opinions asked of other agencies (consultation.hpp; Decree 61/2018 Art. 19(5)).
#include "motcua/dossier/consultation.hpp"

namespace motcua::dossier {

namespace {

bool finished(DossierStatus s) {
  return s == DossierStatus::returned || s == DossierStatus::refused ||
         s == DossierStatus::withdrawn;
}

}  // namespace

ConsultationChange consultation_change(const ProcessDefinition& process, const Dossier& before,
                                       const Dossier& after, EventKind kind) {
  ConsultationChange change;
  const bool was = is_consultation(process, before);
  const bool is = !finished(after.status) && is_consultation(process, after);
  const bool moved = after.step_agency != before.step_agency;
  if (was && (moved || !is)) {
    change.closes = true;
    change.answered = kind == EventKind::forward;
  }
  if (is && kind == EventKind::forward && (!was || moved))
    change.opened = ConsultationOpened{before.step_agency, after.step_agency, after.step_role,
                                       after.step_due_at.value_or(after.due_at)};
  return change;
}

bool consultation_late(TimePoint due_at, std::optional<TimePoint> answered_at, TimePoint now) {
  return answered_at ? *answered_at > due_at : now > due_at;
}

}  // namespace motcua::dossier
