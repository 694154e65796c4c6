#pragma once
// Opinions asked of other agencies (Decree 61/2018 Art. 19(5), kept by Decree 118/2025): an
// ad-hoc forward to an agency the process does not name asks it for an opinion with a time to
// answer (the allowance the forward gave, counted on the dossier's calendar, else the step's
// own deadline); the agency answers by forwarding the dossier back. A consulted agency that
// answers late is reported to the head of the one-stop department. These rules say, from one
// action's before and after, which consultation opens or closes, and when one is late.
#include <optional>
#include <string>

#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/process_definition.hpp"

namespace motcua::dossier {

struct ConsultationOpened {
  std::string asking_agency;     // the agency that handed the dossier over for an opinion
  std::string consulted_agency;  // the agency asked
  std::string consulted_role;
  TimePoint due_at{};  // when its answer is due
};

struct ConsultationChange {
  // The consultation open before the action ends: the consulted agency passed the dossier on
  // (`answered`: by a forward, back or onward) or the dossier left it otherwise (withdrawn).
  bool closes = false;
  bool answered = false;
  std::optional<ConsultationOpened> opened;  // a new consultation begins
};

// What `kind`, which turned `before` into `after`, does to the dossier's consultations.
ConsultationChange consultation_change(const ProcessDefinition& process, const Dossier& before,
                                       const Dossier& after, EventKind kind);

// Late: answered after its due time, or not answered and past it at `now`. A due time is a
// moment: an answer at the due time itself is on time.
bool consultation_late(TimePoint due_at, std::optional<TimePoint> answered_at, TimePoint now);

}  // namespace motcua::dossier
