#pragma once
// Online submission (issue 11): a citizen submits a dossier on the portal with its files; it
// gets its code at once (status submitted) and waits in the receiving agency's reception queue
// until an officer there accepts it (received then: the appointment counts from that moment)
// or answers it with Form 02 / Form 03 (ReceptionNoticeService::issue with its code, which
// closes it not received). Once its result is returned the applicant may rate the service.
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/catalog/agency.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/online.hpp"
#include "motcua/service/calendar_lookup.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/online_repository.hpp"

namespace motcua::service {

struct UploadedFile {
  int required_id = 0;    // the procedure's document it stands for
  std::string field;      // the form field it came in, named in errors
  std::string file_name;  // as the browser named it
  std::string bytes;
};

struct SubmissionInput {
  std::string procedure_code;
  std::string agency_code;  // the receiving agency chosen
  dossier::Applicant applicant;
  std::vector<UploadedFile> files;
};

struct SubmittedQueuePage {
  std::vector<dossier::Dossier> items;
  std::optional<store::PageKey> next;
};

// An agency the applicant may choose to submit at.
struct AgencyChoice {
  catalog::Agency agency;
  bool submittable = false;  // a receiving desk for the procedure (else: only to narrow down)
};

struct RatingInput {
  std::string dossier_code;
  std::string phone_last4;
  std::string level;  // a code of dossier::rating_levels()
  std::string comment;
  std::string client_address;
};

class OnlineService {
 public:
  OnlineService(store::Database& db, const Clock& clock,
                CalendarLookup calendars = standard_calendars())
      : db_(db), clock_(clock), calendars_(std::move(calendars)) {}

  // Where a procedure can be submitted: with `parent` empty the provinces, else the agencies
  // directly below `parent` that receive dossiers (communes, the centre). Invalid naming
  // procedure when the procedure is unknown or not offered online.
  Result<std::vector<AgencyChoice>> agencies(const std::string& procedure_code,
                                             const std::string& parent);

  // Submits a dossier: every file checked by content (PDF, JPEG, PNG; at most 10 MiB each),
  // the application as at the counter, the documents the online channel demands. With an
  // idempotency key used before for the same phone number, returns that dossier (a retry);
  // used with another phone number it is a conflict naming Idempotency-Key.
  Result<dossier::Dossier> submit(SubmissionInput input, const std::string& idempotency_key);

  // The caller's agency's submissions waiting for the desk, oldest first.
  Result<SubmittedQueuePage> queue(const auth::User& user, int limit,
                                   const std::optional<store::PageKey>& after);

  // Accepts a submitted dossier at the officer's own desk (receivers, managers, admins): it is
  // received now, with its appointment counted from now on the desk's calendar and its first
  // step begun. Conflict when it is no longer submitted; forbidden for another agency.
  Result<dossier::Dossier> accept(const auth::User& officer, const std::string& code);

  // A dossier's uploads for staff who may read it, and one file's bytes (the read recorded).
  Result<std::vector<store::DossierUpload>> uploads(const auth::User& user,
                                                    const std::string& code);
  Result<store::UploadContent> upload(const auth::User& user, const std::string& code,
                                      const std::string& client_address, int position);

  // The applicant's rating once the result was returned, proved by the last 4 phone digits;
  // wrong digits are counted per dossier and per address (login throttling's rule and store)
  // and answered not found; a second rating is a conflict.
  Result<store::Rating> rate(const RatingInput& input);
  // The rating given, if any, for the public status page (same proof).
  Result<std::optional<store::Rating>> rating(const std::string& code,
                                              const std::string& phone_last4);

 private:
  store::Database& db_;
  const Clock& clock_;
  CalendarLookup calendars_;
};

}  // namespace motcua::service
