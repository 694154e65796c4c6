#pragma once
// Online submission (issue 11): the rules of a dossier the applicant submits on the portal.
// It gets its code at once and waits, `submitted`, until the receiving desk checks it; only
// acceptance receives it (the appointment counts from that moment), and a Form 02 / Form 03
// answer closes it unreceived (`not_received`). Decree 61/2018 Art. 15 read with Decree
// 45/2020 on dossiers submitted electronically: the desk checks an online dossier as it checks
// one at the counter.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/catalog/procedure.hpp"
#include "motcua/common/result.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/reception.hpp"

namespace motcua::dossier {

// What an uploaded file is, judged by its content (never by its name).
enum class MediaType { pdf, jpeg, png };
std::string_view to_string(MediaType t);  // "application/pdf", "image/jpeg", "image/png"
// The type the first bytes announce (magic numbers), or nothing.
std::optional<MediaType> sniff_media_type(std::string_view bytes);

inline constexpr std::size_t kMaxUploadBytes = 10 * 1024 * 1024;  // per file
inline constexpr std::size_t kMaxUploadsPerDossier = 20;

// One uploaded file as the submission names it: for which of the procedure's documents.
struct Upload {
  int required_id = 0;  // the procedure's document it stands for
  std::string file_name;
  MediaType media_type = MediaType::pdf;
  std::size_t size = 0;
  std::string sha256;  // hex, the content's address
};

struct OnlineSubmission {
  std::string procedure_code;
  std::string agency_code;  // the receiving agency the applicant chose
  Applicant applicant;
  std::vector<Upload> uploads;
};

// Whether the catalogue offers the procedure online.
bool offered_online(const catalog::Procedure& p);

// Checks a submission against its procedure, as reception at the counter does (applicant's
// ID number and phone, the documents the online channel demands, each uploaded once) and that
// the procedure is offered online. The error names the field ("documents" for a missing
// document, "files" for too many). On success the applicant is normalised and the documents
// carry their catalogue names.
Result<ReceptionRequest> validate_online_submission(const OnlineSubmission& submission,
                                                    const catalog::Procedure& procedure);

// Whether the desk may still act on an online dossier (accept it or answer it with a notice):
// only while it is `submitted`; conflict (key dossier.not_submitted) otherwise.
Status check_submitted(const Dossier& d);

// Ratings of the service (Decision 766, indicator 5.4): the closed list of levels, as data
// (data/embed/ratings/levels.tsv).
struct RatingLevel {
  std::string code;        // machine-readable, kept in the `rated` event's details
  std::string label;       // Vietnamese
  bool satisfied = false;  // counts as satisfied (satisfaction rate: satisfied ÷ rated)
  bool dislike = false;    // a dislike in Decision 766's indicator 5.4
};
const std::vector<RatingLevel>& rating_levels();
const RatingLevel* find_rating_level(std::string_view code);

// Whether the applicant may rate the dossier now: once the result was returned, once.
Status check_ratable(const Dossier& d, bool already_rated);

}  // namespace motcua::dossier
