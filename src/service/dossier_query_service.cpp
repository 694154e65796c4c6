#include "motcua/service/dossier_query_service.hpp"

#include <openssl/crypto.h>

#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"

namespace motcua::service {

namespace {
Error not_found(const std::string& code) {
  return make_error(ErrorCode::not_found, "dossier.not_found", "no dossier " + code,
                    "không tìm thấy hồ sơ " + code);
}

Result<DossierView> load(store::SqlConnection& c, const std::string& code) {
  auto d = store::find_dossier(c, code);
  if (!d.ok()) return d.error();
  if (!d->has_value()) return not_found(code);
  auto events = store::dossier_events(c, code);
  if (!events.ok()) return events.error();
  return DossierView{std::move(**d), std::move(*events)};
}
}  // namespace

Result<bool> DossierQueryService::may_read(store::SqlConnection& c, const auth::User& user,
                                           const dossier::Dossier& d) {
  if (user.role == auth::Role::admin || user.role == auth::Role::inspector) return true;
  // The user's agency, or any agency above it in the tree, covers the dossier.
  for (const std::string& start : {d.receiving_agency, d.competent_agency, d.step_agency}) {
    if (start.empty()) continue;
    if (start == user.agency_code) return true;
    auto chain = store::agency_ancestors(c, start);
    if (!chain.ok()) return chain.error();
    for (const auto& a : *chain)
      if (a.code == user.agency_code) return true;
  }
  return false;
}

Result<DossierView> DossierQueryService::get_for_staff(const auth::User& user,
                                                       const std::string& code,
                                                       const std::string& purpose) {
  auto view = db_.read<DossierView>([&](store::SqlConnection& c) -> Result<DossierView> {
    auto v = load(c, code);
    if (!v.ok()) return v;
    auto allowed = may_read(c, user, v->dossier);
    if (!allowed.ok()) return allowed.error();
    if (!*allowed)
      return make_error(ErrorCode::forbidden, "dossier.forbidden",
                        "this dossier belongs to agencies outside your scope",
                        "hồ sơ này không thuộc phạm vi cơ quan của bạn");
    return v;
  });
  if (!view.ok()) return view;
  const store::DossierRead read{clock_.now(), user.username, code, purpose};
  MOTCUA_TRY(
      db_.write([&](store::SqlConnection& c) { return store::record_dossier_read(c, read); }));
  return view;
}

Result<DossierView> DossierQueryService::get_for_public(const std::string& code,
                                                        const std::string& phone_last4) {
  return db_.read<DossierView>([&](store::SqlConnection& c) -> Result<DossierView> {
    auto v = load(c, code);
    if (!v.ok()) return not_found(code);
    const std::string& phone = v->dossier.applicant.phone;
    const std::string last4 = phone.size() >= 4 ? phone.substr(phone.size() - 4) : phone;
    if (phone_last4.size() != 4 || CRYPTO_memcmp(last4.data(), phone_last4.data(), 4) != 0)
      return not_found(code);
    return v;
  });
}

}  // namespace motcua::service
