#pragma once
// Fixed-window request counters (rate_limits), shared by every node through the database.
#include <cstdint>
#include <string>

#include "motcua/store/sql.hpp"

namespace motcua::store {

// Counts one hit for `bucket` in the window starting at `window_start` (seconds since the
// epoch) and returns the window's hits so far. The bucket's older windows are removed in the
// same call, so the table holds at most one row per active bucket. Runs inside Database::write.
Result<std::int64_t> count_rate_limit_hit(SqlConnection& c, const std::string& bucket,
                                          std::int64_t window_start);

}  // namespace motcua::store
