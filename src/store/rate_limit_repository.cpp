#include "motcua/store/rate_limit_repository.hpp"

namespace motcua::store {

Result<std::int64_t> count_rate_limit_hit(SqlConnection& c, const std::string& bucket,
                                          std::int64_t window_start) {
  auto r = c.query(
      "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) ON CONFLICT "
      "(bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
      {bucket, window_start});
  if (!r.ok()) return r.error();
  if (r->empty())
    return make_error(ErrorCode::internal, "store.no_row", "the rate limit counter returned no row",
                      "bộ đếm giới hạn truy cập không trả về kết quả");
  // Old windows are dropped as new ones open, so the table stays small.
  auto old = c.query("DELETE FROM rate_limits WHERE bucket = $1 AND window_start < $2",
                     {bucket, window_start});
  if (!old.ok()) return old.error();
  return r->front().integer(0);
}

}  // namespace motcua::store
