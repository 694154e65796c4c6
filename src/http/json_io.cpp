#include "http/json_io.hpp"

#include <charconv>

namespace motcua::http {

int http_status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::not_found: return 404;
    case ErrorCode::invalid: return 422;
    case ErrorCode::conflict: return 409;
    case ErrorCode::forbidden: return 403;
    case ErrorCode::unauthenticated: return 401;
    case ErrorCode::unavailable: return 503;
    case ErrorCode::too_many: return 429;
  }
  return 500;
}

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, const Error& e) {
  send_error(res, e, http_status_for(e.code));
}

void send_error(httplib::Response& res, const Error& e, int status) {
  nlohmann::json err = {{"code", e.key.empty() ? "error" : e.key},
                        {"message", e.message},
                        {"message_vi", e.message_vi}};
  if (!e.field.empty()) err["field"] = e.field;
  send_json(res, status, {{"error", err}});
}

Result<nlohmann::json> parse_json_body(const httplib::Request& req) {
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object())
    return make_error(ErrorCode::invalid, "request.invalid_json",
                      "the request body must be a JSON object",
                      "nội dung yêu cầu phải là một đối tượng JSON", "body");
  return body;
}

Result<std::string> required_string(const nlohmann::json& obj, const std::string& key,
                                    const std::string& path) {
  const std::string field = path.empty() ? key : path + "." + key;
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
    return make_error(ErrorCode::invalid, "request.missing_field",
                      field + " is required and must be a non-empty string",
                      "trường " + field + " là bắt buộc và phải là chuỗi ký tự", field);
  return it->get<std::string>();
}

std::string optional_string(const nlohmann::json& obj, const std::string& key) {
  auto it = obj.find(key);
  return (it != obj.end() && it->is_string()) ? it->get<std::string>() : std::string{};
}

Result<int> limit_param(const httplib::Request& req, int default_limit, int max_limit) {
  if (!req.has_param("limit")) return default_limit;
  const std::string s = req.get_param_value("limit");
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 1 || v > max_limit)
    return make_error(ErrorCode::invalid, "request.limit",
                      "limit must be a whole number from 1 to " + std::to_string(max_limit),
                      "limit phải là số nguyên từ 1 đến " + std::to_string(max_limit), "limit");
  return v;
}

}  // namespace motcua::http
