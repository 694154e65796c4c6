#pragma once
// Reception rules (Decree 61/2018 Art. 15–17, kept by Decree 118/2025): what makes an
// application receivable, the dossier code, and where the dossier goes.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "motcua/calendar/working_calendar.hpp"
#include "motcua/catalog/agency.hpp"
#include "motcua/catalog/procedure.hpp"
#include "motcua/common/result.hpp"
#include "motcua/dossier/dossier.hpp"

namespace motcua::dossier {

struct ReceptionRequest {
  std::string procedure_code;
  Applicant applicant;
  catalog::Channel channel = catalog::Channel::counter;
  std::vector<ReceivedDocument> documents;
  std::string agency_code;  // receiving agency; empty = the officer's own
  // For a procedure on the province's boundary-free list (Decree 118/2025): the agency
  // competent for the applicant, which may differ from the one the receiving desk routes to
  // (boundary_free.hpp); empty = route by the rules.
  std::string competent_agency_code;
};

// Checks the application against the procedure. On success the applicant's phone is
// normalised and each listed document carries its catalogue name. The error names the field.
// Mandatory documents are demanded only when they apply to the request's channel
// (RequiredDocument::channels empty or naming it); one for another channel may still be
// handed in.
Result<ReceptionRequest> validate_reception(ReceptionRequest request,
                                            const catalog::Procedure& procedure);

// 12 digits: the citizen identity number (Law on Identification 2023, Art. 12).
bool is_valid_citizen_id(std::string_view id);
// Normalises "+84 905 111 222" / "0905.111.222" to "0905111222"; nothing when not a
// Vietnamese mobile (03/05/07/08/09 + 8 digits) or landline (02 + 9 digits) number.
std::optional<std::string> normalize_phone(std::string_view phone);

// "<agency>-<YYMMDD>-<NNNN>" (Circular 01/2018 Art. 19); past 9,999 the number widens.
std::string format_dossier_code(std::string_view agency_code, TimePoint received_at,
                                long long number);

// The processing time that applies to a channel: its own when the catalogue gives one,
// otherwise the counter's, otherwise any channel's.
std::optional<calendar::ProcessingTime> processing_time_for(const catalog::Procedure& p,
                                                            catalog::Channel channel);

// Children of an agency; a failed look-up fails the resolution (never an empty list).
using AgencyChildren = std::function<Result<std::vector<catalog::Agency>>(const std::string& code)>;

// The competent agency: the receiving agency when its level implements the procedure;
// otherwise, within the receiving agency's province, the department competent for the
// procedure's field, else the province itself. Under Decree 118/2025 a dossier is routed by
// competence, not by where it was received (DOMAIN.md §1). `ancestors` is the receiving agency
// followed by its ancestors, nearest first (what store::agency_ancestors returns).
Result<catalog::Agency> resolve_competent_agency(const catalog::Procedure& procedure,
                                                 const std::vector<catalog::Agency>& ancestors,
                                                 const AgencyChildren& children);

}  // namespace motcua::dossier
