#include "lunar_year.hpp"

#include <cmath>

#include "astronomy.hpp"

namespace motcua::calendar::detail {
namespace {

constexpr double kZoneDays = 7.0 / 24.0;  // the Vietnamese meridian, 105 degrees east
constexpr double kSynodicMonth = 29.530588861;
constexpr double kNewMoonEpochJd = 2451550.09766;  // lunation k = 0

// Civil day number (UTC+7) containing a UT Julian Day.
long civil_day(double jd_ut) {
  return static_cast<long>(std::floor(jd_ut - astro::kUnixEpochJd + kZoneDays));
}

// UT Julian Day of 00:00 (UTC+7) of a civil day.
double civil_midnight_jd(long day) { return day + astro::kUnixEpochJd - kZoneDays; }

long new_moon_day(long k) { return civil_day(astro::new_moon_jd(k)); }

// The moment (JD UT) when the Sun's apparent longitude reaches `target` degrees, searched
// near `guess` by Newton steps on the mean motion (~0.9856 degrees a day).
double solar_longitude_time(double target, double guess) {
  double jd = guess;
  for (int i = 0; i < 8; ++i) {
    double diff = target - astro::sun_longitude(jd);
    diff = std::remainder(diff, 360.0);
    jd += diff / 0.98564736;
    if (std::fabs(diff) < 1e-7) break;
  }
  return jd;
}

// Lunation number of the last new moon whose civil day is on or before `day`.
long lunation_on_or_before(long day) {
  const double jd = civil_midnight_jd(day);
  long k = static_cast<long>(std::floor((jd - kNewMoonEpochJd) / kSynodicMonth));
  while (new_moon_day(k + 1) <= day) ++k;
  while (new_moon_day(k) > day) --k;
  return k;
}

// Index of the 30-degree sector (a major solar term starts each) the Sun is in at 00:00 of
// a civil day.
int major_term_sector(long day) {
  return static_cast<int>(std::floor(astro::sun_longitude(civil_midnight_jd(day)) / 30.0));
}

}  // namespace

long month11_start_day(int year) {
  // 21 December of `year` as a guess for the solstice (longitude 270 degrees).
  const double guess = 2451534.5 + (year - 1999) * 365.2422;
  const long solstice_day = civil_day(solar_longitude_time(270.0, guess));
  return new_moon_day(lunation_on_or_before(solstice_day));
}

LunarCycle lunar_cycle(int year) {
  const long first = month11_start_day(year - 1);
  const long last = month11_start_day(year);
  const long k0 = lunation_on_or_before(first);
  std::vector<long> starts{first};
  for (long k = k0 + 1; new_moon_day(k) < last; ++k) starts.push_back(new_moon_day(k));
  const long count = static_cast<long>(starts.size());  // months before the next month 11
  starts.push_back(last);

  LunarCycle cycle;
  cycle.end_day = last;
  bool leap_pending = count == 13;
  unsigned number = 11;
  int lunar_year = year - 1;
  for (long i = 0; i < count; ++i) {
    LunarMonth month{starts[i], lunar_year, number, false};
    if (i > 0) {
      // A leap month is the first one after month 11 in which no major term begins.
      if (leap_pending && major_term_sector(starts[i]) == major_term_sector(starts[i + 1])) {
        leap_pending = false;
        month.leap = true;
      } else {
        number = number % 12 + 1;
        if (number == 1) lunar_year = year;
        month.number = number;
        month.lunar_year = lunar_year;
      }
    }
    cycle.months.push_back(month);
  }
  return cycle;
}

}  // namespace motcua::calendar::detail
