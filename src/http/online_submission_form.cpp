#include "online_submission_form.hpp"

#include "json_io.hpp"
#include "motcua/text/normalize.hpp"
#include "reception_request_json.hpp"

namespace motcua::http {

namespace {

constexpr std::size_t kMaxFileNameBytes = 255;  // what a file system holds in one name

Error bad_part(const std::string& part, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "request." + part, en, vi, part);
}

// "document_12" → 12; 0 for any other name.
int document_id(const std::string& part_name) {
  constexpr std::string_view kPrefix = "document_";
  if (part_name.rfind(kPrefix, 0) != 0) return 0;
  const std::string digits = part_name.substr(kPrefix.size());
  if (digits.empty() || digits.size() > 4 ||
      digits.find_first_not_of("0123456789") != std::string::npos)
    return 0;
  return std::stoi(digits);
}

// A name over kMaxFileNameBytes is cut in its stem, on a character boundary, so that its
// extension (".pdf") stays and the officer's download opens.
std::string shortened(const std::string& name) {
  if (name.size() <= kMaxFileNameBytes) return name;
  const auto dot = name.rfind('.');
  const std::size_t extension = dot == std::string::npos ? 0 : name.size() - dot;
  if (extension == 0 || extension > 16)
    return std::string(text::truncate_utf8(name, kMaxFileNameBytes));
  return std::string(text::truncate_utf8(name.substr(0, dot), kMaxFileNameBytes - extension)) +
         name.substr(dot);
}

}  // namespace

Result<service::SubmissionInput> submission_from(const httplib::Request& req) {
  if (!req.is_multipart_form_data())
    return bad_part("submission", "send multipart/form-data with a part named submission",
                    "cần gửi multipart/form-data có phần submission");
  auto part = req.files.find("submission");
  if (part == req.files.end())
    return bad_part("submission", "the part submission (JSON) is missing",
                    "thiếu phần submission (JSON)");
  auto body = nlohmann::json::parse(part->second.content, nullptr, false);
  if (body.is_discarded() || !body.is_object())
    return bad_part("submission", "submission must be a JSON object",
                    "submission phải là đối tượng JSON");
  service::SubmissionInput in;
  auto code = required_string(body, "procedure_code");
  if (!code.ok()) return code.error();
  in.procedure_code = *code;
  in.agency_code = optional_string(body, "agency_code");
  auto applicant = applicant_from_json(body, true);
  if (!applicant.ok()) return applicant.error();
  in.applicant = std::move(*applicant);
  for (const auto& [name, f] : req.files) {
    if (name == "submission") continue;
    const int id = document_id(name);
    if (id <= 0)
      return bad_part(text::is_valid_utf8(name) ? name : "document",
                      "file parts are named document_<id> (the procedure's document)",
                      "tệp phải gửi trong phần tên document_<mã giấy tờ>");
    // The name is shown to officers and stored as text: bytes that are no text are refused
    // rather than turned into something else.
    if (!text::is_valid_utf8(f.filename))
      return bad_part(name, "the file name must be UTF-8 text",
                      "tên tệp phải là văn bản UTF-8 (tiếng Việt có dấu được)");
    in.files.push_back({id, name, shortened(f.filename), f.content});
  }
  return in;
}

}  // namespace motcua::http
