#pragma once
// Private: the few astronomical quantities the Vietnamese lunar calendar needs, from the
// series in J. Meeus, "Astronomical Algorithms" (2nd ed.): mean new moon with periodic
// terms (ch. 49) and the Sun's apparent longitude (ch. 25). Times are Julian Days in UT.

namespace motcua::calendar::astro {

// Julian Day (UT) of the new moon with lunation number k (k = 0: 6 January 2000), i.e.
// Meeus' JDE of ch. 49 corrected from dynamical time to UT by an estimate of Delta T.
double new_moon_jd(long k);

// Apparent geocentric ecliptic longitude of the Sun, degrees in [0, 360), at a JD in UT.
double sun_longitude(double jd_ut);

// Delta T = TT - UT in seconds for a decimal year (polynomials of Espenak and Meeus).
double delta_t_seconds(double year);

// Julian Day of 1970-01-01T00:00:00 UT; days since the epoch convert by adding it.
inline constexpr double kUnixEpochJd = 2440587.5;

}  // namespace motcua::calendar::astro
