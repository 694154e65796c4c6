#pragma once
// Reception notices: what the desk issues when a dossier brought to it is not received. An
// incomplete or wrong dossier gets Form 02 (guidance to supplement and complete it), one that
// cannot be accepted (not competent, not eligible) gets Form 03 (refusal to receive), with the
// reason; in both cases nothing is received and no dossier code is given (Decree 61/2018
// Art. 15(2)(b), (c), read from the official codification; Decree 118/2025 keeps the two
// outcomes, forms 02 and 03 of Circular 03/2025). A notice is recorded once and never changed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/catalog/procedure.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/common/result.hpp"
#include "motcua/dossier/dossier.hpp"

namespace motcua::dossier {

enum class NoticeKind { supplement, refusal };

std::string_view to_string(NoticeKind kind);  // "supplement", "refusal"
std::optional<NoticeKind> parse_notice_kind(std::string_view name);

// One thing the applicant must add or correct (Form 02's table).
struct NoticeItem {
  std::string content;  // "Bản sao Giấy chứng nhận kết hôn"
  std::string reason;   // why; may be empty
};

struct ReceptionNoticeRequest {
  NoticeKind kind = NoticeKind::supplement;
  std::string procedure_code;
  catalog::Channel channel = catalog::Channel::counter;
  Applicant applicant;
  std::vector<NoticeItem> items;  // supplement: at least one; refusal: none
  std::string reason;             // refusal: required; supplement: none
  std::string contact_phone;      // where the applicant may ask while completing; optional
  std::string agency_code;        // the issuing agency; empty = the officer's own
  // An online submission the notice answers (issue 11): its procedure, channel and applicant
  // are the dossier's, and the notice closes it not received. Empty at the counter.
  std::string dossier_code;
};

struct ReceptionNotice {
  std::string id;        // "<agency>-TB<YY>-<NNNN>", see format_notice_id
  long long number = 0;  // the agency's sequence of the year, printed as "Số: <number>/TBTN"
  NoticeKind kind = NoticeKind::supplement;
  std::string agency_code;  // the officer's own agency
  std::string issued_by;    // username
  TimePoint issued_at{};
  std::string procedure_code;
  int procedure_version = 0;
  std::string procedure_name;
  catalog::Channel channel = catalog::Channel::counter;
  Applicant applicant;
  std::vector<NoticeItem> items;
  std::string reason;
  std::string contact_phone;
  std::string idempotency_key;  // empty when the client sent none
  std::string dossier_code;     // the online submission it answered; empty at the counter
};

inline constexpr size_t kMaxNoticeItems = 50;

// Checks a notice against its procedure; the error names the field. Names, items and reason
// are trimmed and the phone numbers normalised. The applicant needs a name and a phone number
// (the form tells them whom to call, and the desk may call back); the ID number is optional
// (a refused applicant need not show one) but checked when given. A refusal may concern a
// procedure no longer in force: that can be its very reason.
Result<ReceptionNoticeRequest> validate_reception_notice(ReceptionNoticeRequest request,
                                                         const catalog::Procedure& procedure);

// "20410-TB26-0007": the agency, the year (two digits) and the agency's number of the year
// (4 digits; past 9,999 it widens). A notice is not a dossier: its id never has a dossier
// code's shape.
std::string format_notice_id(std::string_view agency_code, TimePoint issued_at, long long number);

}  // namespace motcua::dossier
