#pragma once
// Sample dossiers for the demo (`serve --demo --demo-dossiers N`): received at the demo
// commune's desk at past times and taken through the real reception and workflow services,
// with their rules and hash-chained history, to every state a screen shows: just received, at
// each step of processing, waiting for a supplement, paused, returned early, on time or late,
// refused, withdrawn, and one with an apology and a new appointment.
#include <cstddef>
#include <map>
#include <ostream>
#include <string>

#include "motcua/common/clock.hpp"
#include "motcua/service/calendar_lookup.hpp"
#include "motcua/store/database.hpp"

namespace motcua::app {

struct DemoDossierCounts {
  std::size_t added = 0;
  std::size_t already_there = 0;                // seeded by an earlier run (same keys)
  std::size_t actions = 0;                      // workflow actions performed
  std::map<std::string, std::size_t> statuses;  // of the added dossiers, by status name
  std::map<std::string, std::size_t> outcomes;  // of those finished: early, on_time, late
};

// Adds `count` dossiers, the last action of each no later than `now`. Every reception and
// action runs at its own past time on a clock only the seeding moves, in time order over all
// the dossiers, so each agency's history chain grows forward in time. Needs the demo data
// (seed_demo) first. Idempotent: dossier i carries the key "demo-dossier-i", so a second run
// adds none of those again. Prints a summary line to `log`.
Result<DemoDossierCounts> seed_demo_dossiers(store::Database& db, TimePoint now,
                                             const service::CalendarLookup& calendars,
                                             std::size_t count, std::ostream& log);

}  // namespace motcua::app
