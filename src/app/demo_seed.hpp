#pragma once
// Demo data shipped inside the binary: one real province (Đà Nẵng) with its communes and
// departments, the commune- and province-level procedures, one user per role in the demo
// commune, one admin of the province and one specialist of a department. Seeding merges into
// existing data and can run any number of times.
#include <ostream>
#include <string>

#include "motcua/common/clock.hpp"
#include "motcua/store/database.hpp"

namespace motcua::app {

// The commune whose one-stop department the demo users work in: Phường Hội An, Đà Nẵng.
inline constexpr const char* kDemoCommune = "20410";
// Its province, Thành phố Đà Nẵng, whose admin edits the official schedules.
inline constexpr const char* kDemoProvince = "48";
// The department with a demo user for inter-agency steps: Sở Tư pháp thành phố Đà Nẵng.
inline constexpr const char* kDemoDepartment = "48.STP";
// Another ward of the city (Phường Hải Châu), whose specialist takes dossiers received for it
// at the demo desk regardless of administrative boundaries (Decree 118/2025).
inline constexpr const char* kDemoOtherCommune = "20242";

Status seed_demo(store::Database& db, const Clock& clock, const std::string& password,
                 std::ostream& log);

}  // namespace motcua::app
