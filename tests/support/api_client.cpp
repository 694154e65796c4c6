#include "support/api_client.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>

namespace motcua::testing {

std::string ApiResponse::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string{} : it->second;
}

ApiResponse ApiClient::convert(const httplib::Result& r) {
  if (!r) throw std::runtime_error("HTTP request failed: " + httplib::to_string(r.error()));
  ApiResponse out;
  out.status = r->status;
  out.body = r->body;
  out.headers = r->headers;
  out.json = nlohmann::json::parse(r->body, nullptr, false);
  if (out.json.is_discarded()) out.json = nullptr;
  return out;
}

httplib::Headers ApiClient::auth_headers(const httplib::Headers& extra) const {
  httplib::Headers h = extra;
  if (!token_.empty()) h.emplace("Authorization", "Bearer " + token_);
  return h;
}

ApiResponse ApiClient::get(const std::string& path) {
  return convert(cli_.Get(path, auth_headers()));
}

int ApiClient::get_status(const std::string& path) {
  auto r = cli_.Get(path, auth_headers());
  if (!r) throw std::runtime_error("HTTP request failed: " + httplib::to_string(r.error()));
  return r->status;
}

ApiResponse ApiClient::post(const std::string& path, const nlohmann::json& body,
                            const httplib::Headers& extra) {
  return convert(cli_.Post(path, auth_headers(extra), body.dump(), "application/json"));
}

ApiResponse ApiClient::post_multipart(const std::string& path,
                                      const httplib::MultipartFormDataItems& items,
                                      const httplib::Headers& extra) {
  return convert(cli_.Post(path, auth_headers(extra), items));
}

ApiResponse ApiClient::put(const std::string& path, const nlohmann::json& body) {
  return convert(cli_.Put(path, auth_headers(), body.dump(), "application/json"));
}

ApiResponse ApiClient::put_text(const std::string& path, const std::string& body) {
  return convert(cli_.Put(path, auth_headers(), body, "application/json"));
}

ApiResponse ApiClient::del(const std::string& path) {
  return convert(cli_.Delete(path, auth_headers()));
}

void ApiClient::login(const std::string& username, const std::string& password) {
  static std::mutex mutex;
  static std::map<std::string, std::string> sessions;
  const std::string key = server_dir_ + '\n' + username + '\n' + password;
  {
    std::lock_guard lock(mutex);
    auto it = sessions.find(key);
    token_ = it == sessions.end() ? std::string{} : it->second;
  }
  if (!token_.empty()) {
    auto me = get("/api/v1/me");
    if (me.status == 200 && me.json.value("username", "") == username) return;
  }
  fresh_login(username, password);
  std::lock_guard lock(mutex);
  sessions[key] = token_;
}

void ApiClient::fresh_login(const std::string& username, const std::string& password) {
  token_.clear();
  auto r = post("/api/v1/auth/login", {{"username", username}, {"password", password}});
  if (r.status != 200) throw std::runtime_error("login failed: " + r.body);
  token_ = r.json["token"].get<std::string>();
}

void ApiClient::set_clock(const std::string& iso_time) {
  auto r = put("/api/v1/_test/clock", {{"now", iso_time}});
  if (r.status != 200) throw std::runtime_error("clock: " + r.body);
}

nlohmann::json application_for(ApiClient& api, const std::string& procedure_code,
                               const std::string& name, const std::string& id_number,
                               const std::string& phone) {
  auto p = api.get("/api/v1/procedures/" + procedure_code);
  if (p.status != 200) throw std::runtime_error("procedure " + procedure_code + ": " + p.body);
  nlohmann::json docs = nlohmann::json::array();
  // What a counter reception must hand in: the mandatory documents for every channel or for
  // the counter (the online e-form of 1.001193 is not among them).
  for (const auto& d : p.json["required_documents"]) {
    const auto channels = d.value("channels", nlohmann::json::array());
    const bool counter = channels.empty() ||
                         std::find(channels.begin(), channels.end(), "counter") != channels.end();
    if (d.value("mandatory", false) && counter)
      docs.push_back({{"id", d["id"]}, {"copies", d["copies"]}});
  }
  return {{"procedure_code", procedure_code},
          {"applicant",
           {{"full_name", name},
            {"id_number", id_number},
            {"phone", phone},
            {"address", "Phường Hội An, Thành phố Đà Nẵng"}}},
          {"channel", "counter"},
          {"documents", docs}};
}

}  // namespace motcua::testing
