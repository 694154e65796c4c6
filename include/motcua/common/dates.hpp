#pragma once
// Calendar dates of Vietnam local time, as the statistics and reports name their days.
#include <chrono>
#include <string>

#include "motcua/common/clock.hpp"

namespace motcua {

// "YYYY-MM-DD".
std::string format_date(std::chrono::year_month_day d);
// The local (UTC+7) date of an instant.
std::chrono::year_month_day local_date(TimePoint t);
// The instant a local date begins.
TimePoint start_of_local_day(std::chrono::year_month_day d);

}  // namespace motcua
