#pragma once
// The JSON of what an applicant sent online: an uploaded file's record and a rating. Shared by
// the online routes and `motcua pdp export`.
#include <nlohmann/json.hpp>
#include <string>

#include "motcua/store/online_repository.hpp"

namespace motcua::http {

// {position, required_id, document_name, file_name, media_type, size, sha256, url}; the url is
// the staff route that serves the bytes.
nlohmann::json upload_json(const std::string& code, const store::DossierUpload& u);
// {dossier_code, level, label, comment, rated_at}.
nlohmann::json rating_json(const store::Rating& r);

}  // namespace motcua::http
