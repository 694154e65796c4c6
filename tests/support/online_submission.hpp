#pragma once
// Submitting a dossier on the public portal as a citizen would (issue 11), for the suites that
// need an online dossier with its files.
#include <nlohmann/json.hpp>
#include <string>

#include "support/api_client.hpp"
#include "support/sample_files.hpp"

namespace motcua::testing {

// A birth registration (1.001193) submitted to Phường Hội An by one applicant.
inline nlohmann::json sample_submission(const std::string& phone = "0905111222",
                                        const std::string& id_number = "048190001234") {
  return {{"procedure_code", "1.001193"},
          {"agency_code", "20410"},
          {"applicant",
           {{"full_name", "Lê Thị Mai"},
            {"id_number", id_number},
            {"phone", phone},
            {"address", "5 Nguyễn Huệ, phường Hội An"}}}};
}

// Posts `body` with `files` to the portal, signed out; `key` is the Idempotency-Key, if any.
inline ApiResponse submit_online(ApiClient& api, const nlohmann::json& body,
                                 httplib::MultipartFormDataItems files,
                                 const std::string& key = "") {
  api.logout_locally();
  files.push_back({"submission", body.dump(), "submission.json", "application/json"});
  httplib::Headers h;
  if (!key.empty()) h.emplace("Idempotency-Key", key);
  return api.post_multipart("/api/v1/public/online-submissions", files, h);
}

// A file for each mandatory document the online channel demands of `procedure`: a PDF for odd
// document ids, a PNG for even ones.
inline httplib::MultipartFormDataItems online_documents(ApiClient& api,
                                                        const std::string& procedure) {
  auto p = api.get("/api/v1/procedures/" + procedure);
  httplib::MultipartFormDataItems files;
  for (const auto& d : p.json["required_documents"]) {
    if (!d["mandatory"].get<bool>()) continue;
    bool online = !d.contains("channels") || d["channels"].empty();
    for (const auto& c : d.value("channels", nlohmann::json::array())) online |= c == "online";
    if (!online) continue;
    const int id = d["id"];
    files.push_back(id % 2 ? httplib::MultipartFormData{"document_" + std::to_string(id),
                                                        small_pdf(), "giay.pdf", "application/pdf"}
                           : httplib::MultipartFormData{"document_" + std::to_string(id),
                                                        small_png(), "anh.png", "image/png"});
  }
  return files;
}

}  // namespace motcua::testing
