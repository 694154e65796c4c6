#include "online_json.hpp"

#include "motcua/common/time.hpp"
#include "motcua/dossier/online.hpp"

namespace motcua::http {

nlohmann::json upload_json(const std::string& code, const store::DossierUpload& u) {
  return {{"position", u.position},
          {"required_id", u.required_id},
          {"document_name", u.document_name},
          {"file_name", u.file_name},
          {"media_type", u.media_type},
          {"size", u.size},
          {"sha256", u.sha256},
          {"url", "/api/v1/dossiers/" + code + "/uploads/" + std::to_string(u.position)}};
}

nlohmann::json rating_json(const store::Rating& r) {
  const auto* level = dossier::find_rating_level(r.level);
  return {{"dossier_code", r.dossier_code},
          {"level", r.level},
          {"label", level ? level->label : r.level},
          {"comment", r.comment},
          {"rated_at", format_iso(r.rated_at)}};
}

}  // namespace motcua::http
