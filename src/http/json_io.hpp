#pragma once
// Request/response plumbing shared by every route: JSON bodies, the error envelope, and the
// one table that maps error codes to HTTP statuses.
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "motcua/common/result.hpp"
#include "motcua/store/queue_repository.hpp"

namespace motcua::http {

// The response header that carries the request id (set for every request by ApiServer).
inline constexpr const char* kRequestIdHeader = "X-Request-Id";
// The id of the request `res` answers ("" outside ApiServer).
std::string request_id_of(const httplib::Response& res);

int http_status_for(ErrorCode code);
void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// {"error":{"code","message","message_vi","field"}} with the mapped status; a too_many error
// that says when to try again adds "retry_after" (seconds) and the Retry-After header.
// {"error":{"code","message","message_vi","field"}} with the mapped status. A 5xx error also
// carries "request_id" and is logged under that id with its cause; for `internal` the
// messages only ask to quote the id, since the cause (SQL, paths) is not for clients.
void send_error(httplib::Response& res, const Error& e);
// The request body as a JSON object; an error naming "body" when it is not one.
Result<nlohmann::json> parse_json_body(const httplib::Request& req);

// Field readers that name the field in their error.
Result<std::string> required_string(const nlohmann::json& obj, const std::string& key,
                                    const std::string& path = {});
std::string optional_string(const nlohmann::json& obj, const std::string& key);
// A bounded "limit" query parameter (default when absent).
Result<int> limit_param(const httplib::Request& req, int default_limit, int max_limit);
// A non-negative "offset" query parameter (0 when absent).
Result<int> offset_param(const httplib::Request& req);
// Which instant a bare date (YYYY-MM-DD) in a "from"/"to" parameter stands for, in Vietnam.
enum class DayEdge {
  start,        // its first second
  last_second,  // 23:59:59, for a range that includes its end
  next_start,   // the next day's first second, for a range [from, to)
};
// "from"/"to": an ISO-8601 time, or a date read as `edge` says; nothing when absent; an error
// naming the parameter when bad. An unencoded "+07:00" arrives as " 07:00" and is read alike.
Result<std::optional<TimePoint>> bound_param(const httplib::Request& req, const std::string& name,
                                             DayEdge edge);
// Keyset paging (DESIGN.md §5): the "cursor" query parameter, opaque to clients (base64url of
// the previous page's last sort key); none when absent, an error naming "cursor" when it is
// not one this server gave.
Result<std::optional<store::PageKey>> cursor_param(const httplib::Request& req);
// The "next_cursor" of an answer: the cursor of `next`, or null at the end of the list.
nlohmann::json next_cursor_json(const std::optional<store::PageKey>& next);

}  // namespace motcua::http
