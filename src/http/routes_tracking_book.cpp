// Form 07, the tracking book of a receiving agency, as PDF (A4 landscape) or XLSX.
#include <charconv>
#include <chrono>

#include "auth_guard.hpp"
#include "json_io.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {

// A required "YYYY-MM-DD" query parameter that names a real day.
Result<std::chrono::year_month_day> day_param(const httplib::Request& req,
                                              const std::string& name) {
  const std::string text = req.has_param(name) ? req.get_param_value(name) : "";
  auto bad = [&] {
    return make_error(ErrorCode::invalid, "request.date",
                      name + " must be a date written YYYY-MM-DD, e.g. 2026-04-01",
                      name + " phải là ngày dạng YYYY-MM-DD, ví dụ 2026-04-01", name);
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  int y = 0;
  unsigned m = 0, d = 0;
  const char* s = text.data();
  if (std::from_chars(s, s + 4, y).ptr != s + 4 || std::from_chars(s + 5, s + 7, m).ptr != s + 7 ||
      std::from_chars(s + 8, s + 10, d).ptr != s + 10)
    return bad();
  const std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!day.ok() || y < 1900) return bad();
  return day;
}

}  // namespace

void register_tracking_book_routes(RouteTable& s, ApiContext& ctx) {
  s.Get(R"(/api/v1/agencies/([^/]+)/tracking-book\.(pdf|xlsx))", [&ctx](const httplib::Request& req,
                                                                        httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto from = day_param(req, "from");
    if (!from.ok()) return send_error(res, from.error());
    auto to = day_param(req, "to");
    if (!to.ok()) return send_error(res, to.error());
    const std::string agency = req.matches[1];
    const std::string format = req.matches[2];
    const std::string address = client_address(req, ctx);
    auto bytes = format == "pdf" ? ctx.tracking_book.pdf(*user, agency, *from, *to, address)
                                 : ctx.tracking_book.xlsx(*user, agency, *from, *to, address);
    if (!bytes.ok()) return send_error(res, bytes.error());
    const std::string file = "so-theo-doi-ho-so-" + agency + "-" + req.get_param_value("from") +
                             "-" + req.get_param_value("to") + "." + format;
    res.set_header("Content-Disposition", (format == "pdf" ? "inline" : "attachment") +
                                              std::string("; filename=\"") + file + "\"");
    res.set_content(std::move(*bytes),
                    format == "pdf"
                        ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
}

}  // namespace motcua::http
