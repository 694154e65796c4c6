#pragma once
// Online submission's storage (issue 11): uploaded files by content address, a dossier's list
// of them, the desk's queue of submissions, and the applicants' ratings. Changes run inside
// Database::write with the dossier's row and event.
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/online.hpp"
#include "motcua/store/data_keys.hpp"
#include "motcua/store/queue_repository.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

// A file sealed for storage (migration 0036; data_keys.hpp), made before the write so the one
// writer spends no time on megabytes of cipher.
struct SealedUpload {
  dossier::Upload upload;
  std::string stored;
};
SealedUpload seal_upload(const DataKeys& keys, const dossier::Upload& upload,
                         const std::string& content);

// Stores the file under its SHA-256 (hex) unless a file with that address is stored already
// (the same bytes, sent again or by another dossier, are kept once).
Status insert_upload(SqlConnection& c, const SealedUpload& file, TimePoint at);

// One of a dossier's uploads as listed (without its bytes).
struct DossierUpload {
  int position = 0;  // 1, 2, … as submitted
  int required_id = 0;
  std::string document_name;
  std::string file_name;
  std::string media_type;
  long long size = 0;
  std::string sha256;
};
Status insert_dossier_upload(SqlConnection& c, const std::string& dossier_code,
                             const DossierUpload& u);
Result<std::vector<DossierUpload>> dossier_uploads(SqlConnection& c,
                                                   const std::string& dossier_code);

struct UploadContent {
  DossierUpload upload;
  std::string bytes;
};
// The file at `position` of a dossier's uploads; nothing when it has no such upload.
Result<std::optional<UploadContent>> dossier_upload_content(SqlConnection& c,
                                                            const std::string& dossier_code,
                                                            int position);

// The agency's online submissions still waiting for the desk (status submitted), oldest first,
// after `after` (received_at, code).
Result<std::vector<dossier::Dossier>> submitted_page(SqlConnection& c, const std::string& agency,
                                                     int limit,
                                                     const std::optional<PageKey>& after);

struct Rating {
  std::string dossier_code;
  std::string level;
  std::string comment;
  TimePoint rated_at{};
  std::string agency_code;
};
// Conflict (key rating.already_rated) when the dossier was rated already.
Status insert_rating(SqlConnection& c, const Rating& r);
Result<std::optional<Rating>> find_rating(SqlConnection& c, const std::string& dossier_code);

}  // namespace motcua::store
