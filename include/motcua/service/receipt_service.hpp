#pragma once
// Form 01, the receipt and appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), for a dossier.
#include <string>

#include "motcua/auth/user.hpp"
#include "motcua/service/dossier_query_service.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

class ReceiptService {
 public:
  ReceiptService(store::Database& db, DossierQueryService& dossiers, std::string public_base_url)
      : db_(db), dossiers_(dossiers), public_base_url_(std::move(public_base_url)) {}

  // PDF bytes; the staff read is recorded like any other.
  Result<std::string> receipt_pdf(const auth::User& user, const std::string& code,
                                  const std::string& client_address);

 private:
  store::Database& db_;
  DossierQueryService& dossiers_;
  std::string public_base_url_;
};

}  // namespace motcua::service
