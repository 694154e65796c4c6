#include "motcua/service/rate_limiter.hpp"

namespace motcua::service {

Status RateLimiter::hit(const std::string& bucket, int limit, std::chrono::seconds window) {
  const auto now = clock_.now().time_since_epoch().count();
  const std::int64_t window_start = now - now % window.count();
  auto hits =
      db_.write_returning<std::int64_t>([&](store::SqlConnection& c) -> Result<std::int64_t> {
        auto r = c.query(
            "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) ON CONFLICT "
            "(bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
            {bucket, window_start});
        if (!r.ok()) return r.error();
        // Old windows are dropped as new ones open, so the table stays small.
        auto old = c.query("DELETE FROM rate_limits WHERE bucket = $1 AND window_start < $2",
                           {bucket, window_start});
        if (!old.ok()) return old.error();
        return r->front().integer(0);
      });
  if (!hits.ok()) return hits.error();
  if (*hits > limit)
    return make_error(ErrorCode::too_many, "rate_limited",
                      "too many requests; try again in a minute",
                      "quá nhiều yêu cầu; vui lòng thử lại sau một phút");
  return ok_status();
}

}  // namespace motcua::service
