#pragma once
// A data subject's request (issue 14, point 3; Personal Data Protection Law 91/2025 Art. 4 and
// Decree 356/2025): everything the system holds about one person, found by their citizen
// identity number — their dossiers with history, uploads, rating, the messages sent to them and
// who read the dossiers, and the reception notices issued to them.
#include <optional>
#include <string>
#include <vector>

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

struct SubjectData {
  std::string id_number;
  std::vector<SubjectDossier> dossiers;
  std::vector<store::StoredNotice> notices;
};

class PersonalDataService {
 public:
  explicit PersonalDataService(store::Database& db) : db_(db) {}

  // Invalid (field id_number) unless it is the 12-digit citizen identity number. A person the
  // system holds nothing about gets empty lists.
  Result<SubjectData> export_subject(const std::string& id_number);

 private:
  store::Database& db_;
};

}  // namespace motcua::service
