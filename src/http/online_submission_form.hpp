#pragma once
// The body of POST /api/v1/public/online-submissions, read from the parts httplib has parsed.
#include <httplib.h>

#include "motcua/service/online_service.hpp"

namespace motcua::http {

// The multipart body: a part "submission" with the JSON {procedure_code, agency_code,
// applicant{…}} and one file part "document_<id>" per document uploaded. Each refusal names
// the part (or the JSON field) at fault. A file's name is kept as the applicant's device gave
// it, to 255 bytes cut in its stem on a character boundary (the extension stays); a name that
// is not UTF-8 is refused.
Result<service::SubmissionInput> submission_from(const httplib::Request& req);

}  // namespace motcua::http
