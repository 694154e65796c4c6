#pragma once
// Request/response plumbing shared by every route: JSON bodies, the error envelope, and the
// one table that maps error codes to HTTP statuses.
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "motcua/common/result.hpp"

namespace motcua::http {

int http_status_for(ErrorCode code);
void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// {"error":{"code","message","message_vi","field"}} with the mapped status.
void send_error(httplib::Response& res, const Error& e);
// The same envelope with a status of the route's choosing (e.g. 400 for a rejected admin
// definition, where the rest of the API answers 422).
void send_error(httplib::Response& res, const Error& e, int status);
// The request body as a JSON object; an error naming "body" when it is not one.
Result<nlohmann::json> parse_json_body(const httplib::Request& req);

// Field readers that name the field in their error.
Result<std::string> required_string(const nlohmann::json& obj, const std::string& key,
                                    const std::string& path = {});
std::string optional_string(const nlohmann::json& obj, const std::string& key);
// A bounded "limit" query parameter (default when absent).
Result<int> limit_param(const httplib::Request& req, int default_limit, int max_limit);

}  // namespace motcua::http
