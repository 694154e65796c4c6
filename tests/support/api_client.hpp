#pragma once
// A JSON client for API tests: remembers the bearer token after login.
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "support/server_process.hpp"

namespace motcua::testing {

struct ApiResponse {
  int status = 0;
  nlohmann::json json;  // null when the body is not JSON
  std::string body;
  std::string header(const std::string& name) const;
  httplib::Headers headers;
};

class ApiClient {
 public:
  explicit ApiClient(const ServerProcess& server)
      : cli_(server.client()), server_dir_(server.dir()) {}

  ApiResponse get(const std::string& path);
  // The status of a GET whose body is received whole but left unparsed: what a benchmark times
  // as the server's answer (parsing a 20 KB body into nlohmann::json costs the client ~1 ms).
  int get_status(const std::string& path);
  ApiResponse post(const std::string& path, const nlohmann::json& body,
                   const httplib::Headers& extra = {});
  ApiResponse put(const std::string& path, const nlohmann::json& body);
  // A multipart/form-data POST (an online submission with its files).
  ApiResponse post_multipart(const std::string& path, const httplib::MultipartFormDataItems& items,
                             const httplib::Headers& extra = {});
  // A PUT whose body is sent as given (e.g. text that is not JSON).
  ApiResponse put_text(const std::string& path, const std::string& body);
  ApiResponse del(const std::string& path);
  // Logs in (demo password) and keeps the token for later calls. A session this test process
  // opened earlier for the same user on the same server is taken again while the server still
  // accepts it (GET /api/v1/me): each real login costs an Argon2id hash, about 0.2 s.
  void login(const std::string& username, const std::string& password = "motcua-demo");
  // Always a new session, for a test that needs its full lifetime on the test clock.
  void fresh_login(const std::string& username, const std::string& password = "motcua-demo");
  void logout_locally() { token_.clear(); }
  void set_clock(const std::string& iso_time);

 private:
  httplib::Headers auth_headers(const httplib::Headers& extra = {}) const;
  static ApiResponse convert(const httplib::Result& r);

  httplib::Client cli_;
  std::string server_dir_;  // names the server for the session cache (ports are reused)
  std::string token_;
};

// A reception body for `procedure` handing in every mandatory document once.
nlohmann::json application_for(ApiClient& api, const std::string& procedure_code,
                               const std::string& name = "Nguyễn Thị Hồng Đào",
                               const std::string& id_number = "001203004567",
                               const std::string& phone = "0912345678");

}  // namespace motcua::testing
