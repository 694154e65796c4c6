#include "motcua/dossier/online.hpp"

#include <algorithm>
#include <stdexcept>

#include "motcua/common/embedded.hpp"
#include "motcua/common/tsv.hpp"
#include "motcua/dossier/reception.hpp"

namespace motcua::dossier {

namespace {

Error invalid(std::string field, std::string key, std::string en, std::string vi) {
  return make_error(ErrorCode::invalid, std::move(key), std::move(en), std::move(vi),
                    std::move(field));
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::vector<RatingLevel> parse_levels(std::string_view text) {
  std::vector<RatingLevel> out;
  auto flag = [](std::string_view v, bool& into) {
    if (v != "yes" && v != "no") return false;
    into = v == "yes";
    return true;
  };
  const Status parsed = tsv::for_each_row(
      text, 4, "ratings/levels.tsv",
      [&](const std::vector<std::string_view>& c, int line_no) -> Status {
        RatingLevel level{std::string(c[0]), std::string(c[1])};
        if (!flag(c[2], level.satisfied) || !flag(c[3], level.dislike))
          return tsv::row_error("ratings/levels.tsv", line_no,
                                "satisfied and dislike are yes or no");
        if (level.satisfied && level.dislike)
          return tsv::row_error("ratings/levels.tsv", line_no, "a satisfied level is no dislike");
        out.push_back(std::move(level));
        return ok_status();
      });
  if (!parsed.ok()) throw std::logic_error(parsed.error().message);
  if (out.empty()) throw std::logic_error("ratings/levels.tsv lists no level");
  return out;
}

}  // namespace

std::string_view to_string(MediaType t) {
  switch (t) {
    case MediaType::pdf:
      return "application/pdf";
    case MediaType::jpeg:
      return "image/jpeg";
    case MediaType::png:
      return "image/png";
  }
  return "application/octet-stream";
}

std::optional<MediaType> sniff_media_type(std::string_view bytes) {
  if (starts_with(bytes, "%PDF-")) return MediaType::pdf;
  if (starts_with(bytes, "\xFF\xD8\xFF")) return MediaType::jpeg;
  if (starts_with(bytes, std::string_view("\x89PNG\r\n\x1A\n", 8))) return MediaType::png;
  return std::nullopt;
}

bool offered_online(const catalog::Procedure& p) {
  return std::any_of(p.channels.begin(), p.channels.end(), [](const catalog::ChannelTerm& t) {
    return t.channel == catalog::Channel::online;
  });
}

Result<ReceptionRequest> validate_online_submission(const OnlineSubmission& s,
                                                    const catalog::Procedure& p) {
  if (!offered_online(p))
    return invalid("procedure_code", "procedure.not_online",
                   "procedure " + p.code + " is not offered online",
                   "thủ tục " + p.code + " không cung cấp dịch vụ nộp hồ sơ trực tuyến");
  if (s.uploads.size() > kMaxUploadsPerDossier)
    return invalid("files", "files.too_many",
                   "at most " + std::to_string(kMaxUploadsPerDossier) + " files",
                   "tối đa " + std::to_string(kMaxUploadsPerDossier) + " tệp cho một hồ sơ");
  ReceptionRequest r;
  r.procedure_code = s.procedure_code;
  r.applicant = s.applicant;
  r.channel = catalog::Channel::online;
  r.agency_code = s.agency_code;
  for (const auto& u : s.uploads) {
    if (u.required_id <= 0)
      return invalid("files", "files.document", "each file must name the procedure's document",
                     "mỗi tệp phải thuộc một thành phần hồ sơ của thủ tục");
    if (u.size == 0 || u.size > kMaxUploadBytes)
      return invalid("files", "files.size", "each file must hold 1 byte to 10 MiB",
                     "mỗi tệp phải có dung lượng từ 1 byte đến 10 MiB");
    // One electronic file stands for the copies the counter would ask for.
    int copies = 1;
    for (const auto& d : p.documents)
      if (d.id == u.required_id) copies = std::max(1, d.copies);
    r.documents.push_back({u.required_id, "", copies});
  }
  // Counter reception's own checks: applicant, unknown or twice-listed documents, and the
  // mandatory documents the online channel demands.
  return validate_reception(std::move(r), p);
}

Status check_submitted(const Dossier& d) {
  if (d.status == DossierStatus::submitted) return ok_status();
  return make_error(ErrorCode::conflict, "dossier.not_submitted",
                    "dossier " + d.code + " is not an online submission waiting for reception",
                    "hồ sơ " + d.code + " không phải hồ sơ trực tuyến đang chờ tiếp nhận");
}

const std::vector<RatingLevel>& rating_levels() {
  static const std::vector<RatingLevel> levels = [] {
    const auto text = embedded::find("ratings/levels.tsv");
    if (!text) throw std::logic_error("ratings/levels.tsv is not embedded");
    return parse_levels(*text);
  }();
  return levels;
}

const RatingLevel* find_rating_level(std::string_view code) {
  for (const auto& l : rating_levels())
    if (l.code == code) return &l;
  return nullptr;
}

Status check_ratable(const Dossier& d, bool already_rated) {
  if (already_rated)
    return make_error(ErrorCode::conflict, "rating.already_rated",
                      "dossier " + d.code + " was already rated",
                      "hồ sơ " + d.code + " đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần");
  if (d.status != DossierStatus::returned)
    return make_error(ErrorCode::conflict, "rating.not_returned",
                      "a dossier can be rated once its result was returned",
                      "chỉ đánh giá được sau khi đã trả kết quả hồ sơ");
  return ok_status();
}

}  // namespace motcua::dossier
