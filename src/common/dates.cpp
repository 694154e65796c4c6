#include "motcua/common/dates.hpp"

#include <cstdio>

#include "motcua/common/time.hpp"

namespace motcua {

std::string format_date(std::chrono::year_month_day d) {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()),
                unsigned(d.day()));
  return out;
}

std::chrono::year_month_day local_date(TimePoint t) {
  using namespace std::chrono;
  return year_month_day{sys_days{floor<days>(to_local(t)).time_since_epoch()}};
}

TimePoint start_of_local_day(std::chrono::year_month_day d) {
  return from_local(LocalTime{std::chrono::sys_days{d}.time_since_epoch()});
}

}  // namespace motcua
