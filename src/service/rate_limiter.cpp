#include "motcua/service/rate_limiter.hpp"

#include "motcua/store/rate_limit_repository.hpp"

namespace motcua::service {

Status RateLimiter::hit(const std::string& bucket, int limit, std::chrono::seconds window) {
  const auto now = clock_.now().time_since_epoch().count();
  const std::int64_t window_start = now - now % window.count();
  auto hits = db_.write_returning<std::int64_t>([&](store::SqlConnection& c) {
    return store::count_rate_limit_hit(c, bucket, window_start);
  });
  if (!hits.ok()) return hits.error();
  if (*hits <= limit) return ok_status();
  Error e =
      make_error(ErrorCode::too_many, "rate_limited", "too many requests; try again in a minute",
                 "quá nhiều yêu cầu; vui lòng thử lại sau một phút");
  // The window's end, when the count starts again.
  e.retry_after_seconds = int(window_start + window.count() - now);
  return e;
}

}  // namespace motcua::service
