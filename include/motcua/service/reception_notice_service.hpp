#pragma once
// Reception notices: Form 02 (guidance to supplement) or Form 03 (refusal to receive) issued
// at the desk when a dossier brought to it is not received (include/motcua/dossier/
// reception_notice.hpp). Issuing records the notice with its number, the officer, the
// officer's agency and the time; it is printed as often as needed and listed for the agency
// and the agencies above it. A notice is never a dossier and is never counted as one.
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/reception_notice.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/reception_notice_repository.hpp"

namespace motcua::service {

struct IssuedNotice {
  dossier::ReceptionNotice notice;
  std::string issuer_name;  // the officer's full name, printed as signer
};

struct NoticeQuery {
  std::string agency_code;  // empty = the caller's own agency
  std::optional<TimePoint> from;
  std::optional<TimePoint> to;              // inclusive
  std::optional<dossier::NoticeKind> kind;  // none = both kinds
  int limit = 50;
  std::optional<store::PageKey> after;
};

struct NoticePage {
  std::string agency_code;  // the agency whose subtree the page covers
  std::vector<IssuedNotice> items;
  std::optional<store::PageKey> next;         // none at the end
  std::optional<store::NoticeCounts> counts;  // the whole range, on the first page only
};

class ReceptionNoticeService {
 public:
  ReceptionNoticeService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Issues a notice at the officer's own agency: receivers, managers and admins only
  // (forbidden otherwise, and for another agency's code, naming agency_code); the procedure
  // must be in the catalogue (invalid, naming procedure_code). With an idempotency key the
  // same officer already used, returns that notice unchanged (a retry); another officer's
  // key is a conflict naming Idempotency-Key.
  Result<IssuedNotice> issue(const auth::User& officer, dossier::ReceptionNoticeRequest request,
                             const std::string& idempotency_key = {});

  // Form 02 or Form 03 of a notice, as PDF bytes, for staff of its agency or one above it
  // (forbidden for others). The read is recorded like a dossier read.
  Result<std::string> pdf(const auth::User& user, const std::string& id,
                          const std::string& client_address);

  // The notices of an agency and the agencies below it, by issue time. The agency must be the
  // caller's or one below it (forbidden, naming agency, otherwise).
  Result<NoticePage> list(const auth::User& user, const NoticeQuery& query);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
