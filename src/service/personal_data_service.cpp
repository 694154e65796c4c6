#include "motcua/service/personal_data_service.hpp"

#include "motcua/dossier/reception.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/notification_repository.hpp"
#include "motcua/store/personal_data_repository.hpp"

namespace motcua::service {

namespace {

// Everything of one dossier: far fewer rows than a page, so each list is read whole.
constexpr int kAll = 1'000'000;

Result<SubjectDossier> dossier_of(store::SqlConnection& c, const std::string& code) {
  auto d = store::find_dossier(c, code);
  if (!d.ok()) return d.error();
  if (!d->has_value())
    throw std::logic_error("dossier " + code + " vanished inside one read transaction");
  auto events = store::dossier_events(c, code);
  if (!events.ok()) return events.error();
  SubjectDossier out{{std::move(**d), std::move(*events)}, {}, {}, {}, {}};
  auto uploads = store::dossier_uploads(c, code);
  if (!uploads.ok()) return uploads.error();
  out.uploads = std::move(*uploads);
  auto rating = store::find_rating(c, code);
  if (!rating.ok()) return rating.error();
  out.rating = std::move(*rating);
  store::OutboxFilter messages;
  messages.dossier_code = code;
  messages.limit = kAll;
  auto sent = store::list_notifications(c, messages);
  if (!sent.ok()) return sent.error();
  out.messages = std::move(*sent);
  auto reads = store::reads_of_dossier(c, code, kAll, 0);
  if (!reads.ok()) return reads.error();
  out.reads = std::move(*reads);
  return out;
}

}  // namespace

Result<SubjectData> PersonalDataService::export_subject(const std::string& id_number,
                                                        const std::string& operator_name) {
  if (!dossier::is_valid_citizen_id(id_number))
    return make_error(ErrorCode::invalid, "pdp.id_number",
                      "id_number must be the 12-digit citizen identity number",
                      "số định danh cá nhân phải gồm đúng 12 chữ số", "id_number");
  auto data = db_.read<SubjectData>([&](store::SqlConnection& c) -> Result<SubjectData> {
    SubjectData out{id_number, {}, {}};
    auto codes = store::dossier_codes_of_applicant(c, id_number);
    if (!codes.ok()) return codes.error();
    for (const auto& code : *codes) {
      auto one = dossier_of(c, code);
      if (!one.ok()) return one.error();
      out.dossiers.push_back(std::move(*one));
    }
    auto ids = store::notice_ids_of_applicant(c, id_number);
    if (!ids.ok()) return ids.error();
    for (const auto& id : *ids) {
      auto n = store::find_reception_notice(c, id);
      if (!n.ok()) return n.error();
      if (!n->has_value()) continue;
      auto reads = store::reads_of_notice(c, id);
      if (!reads.ok()) return reads.error();
      out.notices.push_back({std::move(**n), std::move(*reads)});
    }
    return out;
  });
  if (!data.ok()) return data;
  // Handing the person's data out is a processing of it like any read: on the record.
  const TimePoint now = clock_.now();
  MOTCUA_TRY(db_.write([&](store::SqlConnection& c) -> Status {
    for (const auto& d : data->dossiers)
      MOTCUA_TRY(store::record_dossier_read(
          c, {now, operator_name, d.view.dossier.code, "pdp_export", "", {}}));
    for (const auto& n : data->notices)
      MOTCUA_TRY(store::record_dossier_read(c, {now, operator_name, n.stored.notice.dossier_code,
                                                "pdp_export", "", n.stored.notice.id}));
    return ok_status();
  }));
  return data;
}

}  // namespace motcua::service
