// Letters sent with a civil-status result: congratulations and condolences as PDF.
#include "auth_guard.hpp"
#include "json_io.hpp"
#include "routes.hpp"

namespace motcua::http {

void register_letter_routes(RouteTable& s, ApiContext& ctx) {
  s.Get(R"(/api/v1/dossiers/([^/]+)/letter\.pdf)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          const std::string code = req.matches[1];
          service::LetterRequest request{req.get_param_value("subject_name"),
                                         req.get_param_value("event_date"),
                                         req.get_param_value("recipient_name")};
          auto pdf = ctx.letters.letter_pdf(*user, code, request);
          if (!pdf.ok()) return send_error(res, pdf.error());
          res.set_header("Content-Disposition", "inline; filename=\"" + code + "-thu.pdf\"");
          res.set_content(std::move(*pdf), "application/pdf");
        });
}

}  // namespace motcua::http
