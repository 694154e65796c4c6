#pragma once
// Shared by the rule files of rules.hpp: the context one action runs in, and small helpers.
#include <string>

#include "motcua/dossier/rules.hpp"

namespace motcua::dossier::rules {

struct Step {
  const Dossier& before;
  const std::vector<DossierEvent>& history;
  const Terms& terms;
  const ActionInput& input;
  TimePoint now{};
};

inline Error invalid(std::string field, std::string en, std::string vi, std::string key) {
  return make_error(ErrorCode::invalid, std::move(key), std::move(en), std::move(vi),
                    std::move(field));
}

inline Error legal_limit(std::string key, std::string en, std::string vi) {
  return make_error(ErrorCode::conflict, std::move(key), std::move(en), std::move(vi), "action");
}

// The reason the law asks for in writing; 400 naming "reason" when blank.
Result<std::string> required_reason(const ActionInput& input);

// The last event of `kind` in the history; nullptr when none.
const DossierEvent* last_event(const std::vector<DossierEvent>& history, EventKind kind);

// Moves `d` into `step` of its process, started at `start`.
void enter(const Step& s, Dossier& d, const StepDefinition& step, TimePoint start);

// The rules of the actions that move a dossier along its process (rules_moves.cpp) and of
// those that set or move its due times and outcome (rules_times.cpp).
Status claim_or_assign(const Step& s, Action action, Dossier& d, EventDetails& details);
Status forward(const Step& s, Dossier& d, EventDetails& details);
Status send_back(const Step& s, Dossier& d, EventDetails& details);
Status result_ready(const Step& s, Dossier& d);
Status return_result(const Step& s, Dossier& d, EventDetails& details);
Status request_supplement(const Step& s, Dossier& d, EventDetails& details);
Status submit_supplement(const Step& s, Dossier& d, EventDetails& details);
Status apologize(const Step& s, Dossier& d, EventDetails& details);
Status pause(const Step& s, Dossier& d, EventDetails& details);
Status resume(const Step& s, Dossier& d, EventDetails& details);
// Ends the dossier at `now`; a decision or a return gets its outcome, a withdrawal none.
void finish(const Step& s, Dossier& d, EventDetails& details, bool judged);

}  // namespace motcua::dossier::rules
