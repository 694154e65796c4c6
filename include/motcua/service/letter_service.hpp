#pragma once
// Letters sent with a civil-status result (issue 5 point 5): congratulations on a birth or
// marriage registration, condolences on a death registration. Which procedure gets which
// letter is data (data/embed/letters/procedures.tsv).
#include <optional>
#include <string>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/render/letter.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

// The letter a procedure's result is sent with, if any.
std::optional<render::LetterKind> letter_for_procedure(const std::string& procedure_code);

// What the dossier itself does not hold: who the letter is about and when it happened.
struct LetterRequest {
  std::string subject_name;    // the child, the couple, or the deceased (required)
  std::string event_date;      // "20/11/2026"; empty: the day the result was signed
  std::string recipient_name;  // empty: "Ông/Bà <applicant>"
};

class LetterService {
 public:
  LetterService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The letter as PDF, once the registration is complete (result ready or returned). Staff of
  // the receiving or competent agency, or an admin. not_found when the procedure has no letter.
  Result<std::string> letter_pdf(const auth::User& user, const std::string& code,
                                 const LetterRequest& request);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
