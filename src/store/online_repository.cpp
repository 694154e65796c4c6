#include "motcua/store/online_repository.hpp"

#include "dossier_rows.hpp"
#include "motcua/common/time.hpp"
#include "motcua/store/data_keys.hpp"

namespace motcua::store {

namespace {

constexpr const char* kUploadColumns =
    "SELECT u.position, u.required_id, u.document_name, u.file_name, f.media_type, f.size, "
    "u.sha256";

DossierUpload upload_from_row(const SqlRow& r) {
  return {int(r.integer(0)), int(r.integer(1)), r.text(2), r.text(3),
          r.text(4),         r.integer(5),      r.text(6)};
}

}  // namespace

SealedUpload seal_upload(const DataKeys& keys, const dossier::Upload& upload,
                         const std::string& content) {
  return {upload, keys.seal_binary(sealed_place("uploads", "content", upload.sha256), content)};
}

Status insert_upload(SqlConnection& c, const SealedUpload& file, TimePoint at) {
  const dossier::Upload& u = file.upload;
  auto r = c.query(
      "INSERT INTO uploads (sha256, media_type, size, content, stored_at, content_sealed) "
      "VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (sha256) DO NOTHING",
      {u.sha256, std::string(dossier::to_string(u.media_type)), std::int64_t(u.size),
       sql_bytes(file.stored), format_iso(at)});
  if (!r.ok()) return r.error();
  return ok_status();
}

Status insert_dossier_upload(SqlConnection& c, const std::string& dossier_code,
                             const DossierUpload& u) {
  auto r = c.query(
      "INSERT INTO dossier_uploads (dossier_code, position, required_id, document_name, "
      "file_name, sha256) VALUES ($1, $2, $3, $4, $5, $6)",
      {dossier_code, std::int64_t(u.position), std::int64_t(u.required_id), u.document_name,
       u.file_name, u.sha256});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::vector<DossierUpload>> dossier_uploads(SqlConnection& c,
                                                   const std::string& dossier_code) {
  auto rows = c.query(std::string(kUploadColumns) +
                          " FROM dossier_uploads u JOIN uploads f ON f.sha256 = u.sha256 "
                          "WHERE u.dossier_code = $1 ORDER BY u.position",
                      {dossier_code});
  if (!rows.ok()) return rows.error();
  std::vector<DossierUpload> out;
  for (const auto& r : *rows) out.push_back(upload_from_row(r));
  return out;
}

Result<std::optional<UploadContent>> dossier_upload_content(SqlConnection& c,
                                                            const std::string& dossier_code,
                                                            int position) {
  auto rows = c.query(std::string(kUploadColumns) +
                          ", f.content FROM dossier_uploads u JOIN uploads f ON "
                          "f.sha256 = u.sha256 WHERE u.dossier_code = $1 AND u.position = $2",
                      {dossier_code, std::int64_t(position)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<UploadContent>{};
  const auto& r = rows->front();
  DossierUpload upload = upload_from_row(r);
  auto content = c.data_keys().open(sealed_place("uploads", "content", upload.sha256), r.text(7));
  if (!content.ok()) return content.error();
  return std::optional<UploadContent>{UploadContent{std::move(upload), std::move(*content)}};
}

Result<std::vector<dossier::Dossier>> submitted_page(SqlConnection& c, const std::string& agency,
                                                     int limit,
                                                     const std::optional<PageKey>& after) {
  return detail::select_dossiers(
      c,
      "WHERE d.receiving_agency = $1 AND d.status = 'submitted' "
      "AND (d.received_at, d.code) > ($2, $3) ORDER BY d.received_at, d.code LIMIT $4",
      {agency, after ? after->at : std::string{}, after ? after->code : std::string{},
       std::int64_t(limit)});
}

Status insert_rating(SqlConnection& c, const Rating& r) {
  auto rows = c.query(
      "INSERT INTO ratings (dossier_code, level, comment, rated_at, agency_code) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dossier_code) DO NOTHING RETURNING dossier_code",
      {r.dossier_code, r.level, r.comment, format_iso(r.rated_at), r.agency_code});
  if (!rows.ok()) return rows.error();
  if (rows->empty())
    return make_error(ErrorCode::conflict, "rating.already_rated",
                      "dossier " + r.dossier_code + " was already rated",
                      "hồ sơ " + r.dossier_code +
                          " đã được đánh giá; mỗi hồ sơ chỉ đánh giá "
                          "một lần");
  return ok_status();
}

Result<std::optional<Rating>> find_rating(SqlConnection& c, const std::string& dossier_code) {
  auto rows = c.query(
      "SELECT dossier_code, level, comment, rated_at, agency_code FROM ratings "
      "WHERE dossier_code = $1",
      {dossier_code});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<Rating>{};
  const auto& r = rows->front();
  return std::optional<Rating>{Rating{r.text(0), r.text(1), r.text(2),
                                      parse_iso(r.text(3)).value_or(TimePoint{}), r.text(4)}};
}

}  // namespace motcua::store
