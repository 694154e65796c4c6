#include "motcua/service/dossier_query_service.hpp"

#include "dossier_scope.hpp"
#include "motcua/dossier/personal_data.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/user_repository.hpp"

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

Result<DossierView> DossierQueryService::get_for_staff(const auth::User& user,
                                                       const std::string& code,
                                                       const std::string& purpose,
                                                       const std::string& client_address) {
  auto view = db_.read<DossierView>([&](store::SqlConnection& c) -> Result<DossierView> {
    auto v = load(c, code);
    if (!v.ok()) return v;
    auto allowed = dossier_in_scope(c, user, v->dossier);
    if (!allowed.ok()) return allowed.error();
    if (!*allowed) return out_of_scope();
    return v;
  });
  if (!view.ok()) return view;
  const store::DossierRead read{clock_.now(), user.username, code, purpose, client_address, {}};
  MOTCUA_TRY(
      db_.write([&](store::SqlConnection& c) { return store::record_dossier_read(c, read); }));
  return view;
}

namespace {
bool may_audit(const auth::User& user) {
  return user.role == auth::Role::admin || user.role == auth::Role::inspector;
}
Error not_an_auditor() {
  return make_error(ErrorCode::forbidden, "auth.forbidden",
                    "only an admin or an inspector may see who read dossiers",
                    "chỉ quản trị viên hoặc thanh tra được xem ai đã xem hồ sơ");
}
}  // namespace

Result<std::vector<store::DossierRead>> DossierQueryService::reads_of(const auth::User& user,
                                                                      const std::string& code,
                                                                      int limit, int offset) {
  return db_.read<std::vector<store::DossierRead>>(
      [&](store::SqlConnection& c) -> Result<std::vector<store::DossierRead>> {
        auto d = store::find_dossier(c, code);
        if (!d.ok()) return d.error();
        if (!d->has_value()) return not_found(code);
        auto allowed = dossier_in_scope(c, user, **d);
        if (!allowed.ok()) return allowed.error();
        if (!*allowed) return out_of_scope();
        if (!may_audit(user)) return not_an_auditor();
        return store::reads_of_dossier(c, code, limit, offset);
      });
}

Result<std::vector<store::DossierRead>> DossierQueryService::reads_by(const auth::User& user,
                                                                      const std::string& username,
                                                                      TimePoint from, TimePoint to,
                                                                      int limit, int offset) {
  if (!may_audit(user)) return not_an_auditor();
  return db_.read<std::vector<store::DossierRead>>(
      [&](store::SqlConnection& c) -> Result<std::vector<store::DossierRead>> {
        auto officer = store::find_user(c, username);
        if (!officer.ok()) return officer.error();
        // An unknown officer and one outside the scope answer alike.
        const Error not_yours = make_error(
            ErrorCode::forbidden, "auth.out_of_scope",
            "no officer " + username + " works at your agency or below it",
            "không có cán bộ " + username + " thuộc cơ quan của bạn hoặc cơ quan cấp dưới");
        if (!officer->has_value()) return not_yours;
        auto allowed = agency_in_scope(c, user, (*officer)->user.agency_code);
        if (!allowed.ok()) return allowed.error();
        if (!*allowed) return not_yours;
        return store::reads_by_user(c, username, from, to, limit, offset);
      });
}

Result<DossierView> DossierQueryService::get_for_public(const std::string& code,
                                                        const std::string& phone_last4) {
  return db_.read<DossierView>([&](store::SqlConnection& c) -> Result<DossierView> {
    auto v = load(c, code);
    if (!v.ok()) return not_found(code);
    if (!dossier::phone_digits_match(v->dossier.phone_last4, phone_last4)) return not_found(code);
    return v;
  });
}

}  // namespace motcua::service
