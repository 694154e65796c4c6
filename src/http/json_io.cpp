#include "json_io.hpp"

#include <algorithm>
#include <charconv>

#include "motcua/common/log.hpp"
#include "motcua/common/time.hpp"

namespace motcua::http {

int http_status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::invalid:
      return 400;
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::forbidden:
      return 403;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::unavailable:
      return 503;
    case ErrorCode::too_many:
      return 429;
    case ErrorCode::internal:
      return 500;
  }
  return 500;
}

std::string request_id_of(const httplib::Response& res) {
  return res.get_header_value(kRequestIdHeader);
}

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, const Error& e) {
  const int status = http_status_for(e.code);
  const std::string key = e.key.empty() ? "error" : e.key;
  nlohmann::json err = {{"code", key}, {"message", e.message}, {"message_vi", e.message_vi}};
  if (!e.field.empty()) err["field"] = e.field;
  if (e.retry_after_seconds > 0) {
    err["retry_after"] = e.retry_after_seconds;
    res.set_header("Retry-After", std::to_string(e.retry_after_seconds));
  }
  if (status >= 500) {
    const std::string id = request_id_of(res);
    log::error("request failed", {{"request_id", id},
                                  {"status", status},
                                  {"code", key},
                                  {"error", e.message},
                                  {"field", e.field}});
    if (e.code == ErrorCode::internal) {
      err["message"] = "internal error; please quote request id " + id;
      err["message_vi"] = "lỗi hệ thống; vui lòng báo lại mã yêu cầu " + id;
    }
    err["request_id"] = id;
  }
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

Result<int> offset_param(const httplib::Request& req) {
  if (!req.has_param("offset")) return 0;
  const std::string s = req.get_param_value("offset");
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 0)
    return make_error(ErrorCode::invalid, "request.offset", "offset must be a whole number ≥ 0",
                      "offset phải là số nguyên không âm", "offset");
  return v;
}

namespace {

constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(std::string_view bytes) {
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (unsigned char ch : bytes) {
    bits = (bits << 8) | ch;
    count += 8;
    while (count >= 6) out.push_back(kBase64Url[(bits >> (count -= 6)) & 63]);
  }
  if (count > 0) out.push_back(kBase64Url[(bits << (6 - count)) & 63]);
  return out;
}

std::optional<std::string> from_base64url(std::string_view text) {
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char ch : text) {
    const auto pos = kBase64Url.find(ch);
    if (pos == std::string_view::npos) return std::nullopt;
    bits = (bits << 6) | unsigned(pos);
    count += 6;
    if (count >= 8) out.push_back(char((bits >> (count -= 8)) & 255));
  }
  return out;
}

Error bad_cursor() {
  return make_error(ErrorCode::invalid, "request.cursor",
                    "cursor is not one this server gave; start again without it",
                    "cursor không hợp lệ; hãy tải lại danh sách từ đầu", "cursor");
}

}  // namespace

Result<std::optional<store::PageKey>> cursor_param(const httplib::Request& req) {
  if (req.get_param_value("cursor").empty()) return std::optional<store::PageKey>{};
  auto bytes = from_base64url(req.get_param_value("cursor"));
  if (!bytes) return bad_cursor();
  auto j = nlohmann::json::parse(*bytes, nullptr, false);
  if (!j.is_array() || j.size() != 2 || !j[0].is_string() || !j[1].is_string()) return bad_cursor();
  store::PageKey key{j[0].get<std::string>(), j[1].get<std::string>()};
  // The time goes back to the database as text: only a canonical one is accepted.
  if (key.code.empty() ||
      (!key.at.empty() && format_iso(parse_iso(key.at).value_or(TimePoint{})) != key.at))
    return bad_cursor();
  return std::optional<store::PageKey>{std::move(key)};
}

nlohmann::json next_cursor_json(const std::optional<store::PageKey>& next) {
  if (!next) return nullptr;
  return base64url(nlohmann::json::array({next->at, next->code}).dump());
}

Result<std::optional<TimePoint>> bound_param(const httplib::Request& req, const std::string& name,
                                             DayEdge edge) {
  if (!req.has_param(name)) return std::optional<TimePoint>{};
  std::string text = req.get_param_value(name);
  std::replace(text.begin(), text.end(), ' ', '+');
  const bool date = text.size() == 10;
  if (date) text += "T00:00:00+07:00";
  auto t = parse_iso(text);
  if (!t)
    return make_error(ErrorCode::invalid, "request.time",
                      name + " must be a date (2026-03-02) or an ISO-8601 time",
                      name + " phải là ngày (2026-03-02) hoặc thời điểm ISO-8601", name);
  if (date && edge == DayEdge::last_second) *t += std::chrono::hours(24) - std::chrono::seconds(1);
  if (date && edge == DayEdge::next_start) *t += std::chrono::hours(24);
  return std::optional<TimePoint>{*t};
}

}  // namespace motcua::http
