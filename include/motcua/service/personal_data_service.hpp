#pragma once
// A data subject's request (issue 14, point 3; Personal Data Protection Law 91/2025 Art. 4 and
// Decree 356/2025): everything the system holds about one person, found by their citizen
// identity number — their dossiers with history, uploads, rating, the messages sent to them and
// who read the dossiers, and the reception notices issued to them.
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/notification/notification.hpp"
#include "motcua/service/dossier_query_service.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/online_repository.hpp"
#include "motcua/store/reception_notice_repository.hpp"

namespace motcua::service {

struct SubjectDossier {
  DossierView view;
  std::vector<store::DossierUpload> uploads;
  std::optional<store::Rating> rating;
  std::vector<notification::Notification> messages;
  std::vector<store::DossierRead> reads;
};

struct SubjectNotice {
  store::StoredNotice stored;
  std::vector<store::DossierRead> reads;
};

struct SubjectData {
  std::string id_number;
  std::vector<SubjectDossier> dossiers;
  std::vector<SubjectNotice> notices;
};

class PersonalDataService {
 public:
  PersonalDataService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Invalid (field id_number) unless it is the 12-digit citizen identity number. A person the
  // system holds nothing about gets empty lists. The export is itself a read of each dossier
  // and notice, recorded for `operator_name` (purpose "pdp_export").
  Result<SubjectData> export_subject(const std::string& id_number,
                                     const std::string& operator_name);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
