#include "history_rows.hpp"

#include "motcua/common/time.hpp"

namespace motcua::store::detail {

Result<dossier::DossierEvent> history_event(const SqlRow& r, int first, const std::string& code,
                                            const std::string& key) {
  dossier::DossierEvent e;
  e.dossier_code = code;
  auto at = parse_iso(r.text(first));
  if (!at)
    return make_error(ErrorCode::internal, key, "an event of " + code + " has no readable time",
                      "một sự kiện của hồ sơ " + code + " không đọc được thời điểm");
  e.at = *at;
  e.kind = dossier::parse_event_kind(r.text(first + 1));
  e.details = r.text(first + 2);
  return e;
}

}  // namespace motcua::store::detail
