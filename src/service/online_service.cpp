#include "motcua/service/online_service.hpp"

#include <openssl/evp.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/due_times.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "online_support.hpp"
#include "reception_plan.hpp"
#include "stat_counting.hpp"
#include "upload_check.hpp"

namespace motcua::service {

namespace {

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
  std::string hex;
  char buf[3];
  for (unsigned i = 0; i < len; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", digest[i]);
    hex += buf;
  }
  return hex;
}

std::string yymmdd(TimePoint t) { return dossier::format_dossier_code("", t, 0).substr(1, 6); }

Result<catalog::Procedure> load_procedure(store::SqlConnection& c, const std::string& code) {
  auto stored = store::find_procedure(c, code);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value())
    return make_error(ErrorCode::invalid, "procedure.not_found", "unknown procedure " + code,
                      "không có thủ tục mã " + code, "procedure_code");
  return catalog::procedure_from_json(nlohmann::json::parse((*stored)->body));
}

// A citizen's key names the submission within the online channel only.
std::string online_key(const std::string& key) { return key.empty() ? key : "online:" + key; }

Result<std::optional<dossier::Dossier>> earlier_submission(store::SqlConnection& c,
                                                           const std::string& key,
                                                           const std::string& phone) {
  if (key.empty()) return std::optional<dossier::Dossier>{};
  auto found = store::find_dossier_by_idempotency_key(c, key);
  if (!found.ok()) return found.error();
  if (found->has_value() && (*found)->applicant.phone != phone)
    return make_error(ErrorCode::conflict, "dossier.idempotency_key_reused",
                      "this Idempotency-Key was used for another submission",
                      "khóa Idempotency-Key đã được dùng cho một hồ sơ khác", "Idempotency-Key");
  return found;
}

bool receives_dossiers(const catalog::Agency& a) {
  using catalog::AgencyKind;
  return a.kind == AgencyKind::commune || a.kind == AgencyKind::district ||
         a.kind == AgencyKind::centre || a.kind == AgencyKind::department;
}

}  // namespace

Result<std::vector<AgencyChoice>> OnlineService::agencies(const std::string& procedure_code,
                                                          const std::string& parent) {
  return db_.read<std::vector<AgencyChoice>>(
      [&](store::SqlConnection& c) -> Result<std::vector<AgencyChoice>> {
        auto p = load_procedure(c, procedure_code);
        if (!p.ok()) return p.error();
        if (!dossier::offered_online(*p))
          return make_error(ErrorCode::invalid, "procedure.not_online",
                            "procedure " + procedure_code + " is not offered online",
                            "thủ tục " + procedure_code + " không cung cấp dịch vụ trực tuyến",
                            "procedure");
        std::vector<AgencyChoice> out;
        if (parent.empty()) {
          auto all = store::all_agencies(c);
          if (!all.ok()) return all.error();
          for (auto& a : *all)
            if (a.kind == catalog::AgencyKind::province && a.parent_code.empty())
              out.push_back({std::move(a), false});
          return out;
        }
        auto children = store::child_agencies(c, parent);
        if (!children.ok()) return children.error();
        for (auto& a : *children)
          if (receives_dossiers(a)) out.push_back({std::move(a), true});
        return out;
      });
}

Result<dossier::Dossier> OnlineService::submit(SubmissionInput input,
                                               const std::string& idempotency_key) {
  const TimePoint now = clock_.now();
  const std::string key = online_key(idempotency_key);
  // Every file is checked by content before anything is read or written.
  dossier::OnlineSubmission submission{
      input.procedure_code, input.agency_code, input.applicant, {}};
  for (const auto& f : input.files) {
    if (f.bytes.size() > dossier::kMaxUploadBytes)
      return make_error(ErrorCode::invalid, "files.size", f.field + " is larger than 10 MiB",
                        "tệp " + f.field + " vượt quá 10 MiB", f.field);
    auto type = detail::check_upload(f.bytes, f.field);
    if (!type.ok()) return type.error();
    submission.uploads.push_back(
        {f.required_id, f.file_name, *type, f.bytes.size(), sha256_hex(f.bytes)});
  }
  auto plan = db_.read<detail::Plan>([&](store::SqlConnection& c) -> Result<detail::Plan> {
    auto p = load_procedure(c, submission.procedure_code);
    if (!p.ok()) return p.error();
    auto request = dossier::validate_online_submission(submission, *p);
    if (!request.ok()) return request.error();
    if (submission.agency_code.empty())
      return make_error(ErrorCode::invalid, "agency.required", "choose the receiving agency",
                        "vui lòng chọn cơ quan tiếp nhận hồ sơ", "agency_code");
    return detail::make_plan(c, submission.agency_code, std::move(*request));
  });
  if (!plan.ok()) return plan.error();
  std::vector<store::SealedUpload> files;
  for (size_t i = 0; i < submission.uploads.size(); ++i)
    files.push_back(
        store::seal_upload(db_.data_keys(), submission.uploads[i], input.files[i].bytes));
  return db_.write_returning<dossier::Dossier>(
      [&](store::SqlConnection& c) -> Result<dossier::Dossier> {
        MOTCUA_TRY(store::lock_idempotency_key(c, "dossiers", key));
        auto retry = earlier_submission(c, key, plan->request.applicant.phone);
        if (!retry.ok()) return retry.error();
        if (retry->has_value()) return **retry;
        const detail::Plan& p = *plan;
        auto number = store::next_dossier_number(c, p.receiving_agency, yymmdd(now));
        if (!number.ok()) return number.error();
        dossier::Dossier d;
        d.code = dossier::format_dossier_code(p.receiving_agency, now, *number);
        d.procedure_code = p.procedure.code;
        d.procedure_name = p.procedure.name;
        d.procedure_version = p.procedure_version;
        d.receiving_agency = p.receiving_agency;
        d.competent_agency = p.competent_agency;
        d.channel = catalog::Channel::online;
        d.status = dossier::DossierStatus::submitted;
        // Not received yet: received_at holds the submission time until acceptance, no
        // appointment runs and the dossier is in no officer's queue but the desk's.
        d.received_at = now;
        d.due_at = now;
        d.statutory_due_at = now;
        d.clock_stopped = true;
        d.applicant = p.request.applicant;
        d.documents = p.request.documents;
        d.idempotency_key = key;
        MOTCUA_TRY(store::insert_dossier(c, d));
        int position = 0;
        for (size_t i = 0; i < submission.uploads.size(); ++i) {
          const auto& u = submission.uploads[i];
          MOTCUA_TRY(store::insert_upload(c, files[i], now));
          std::string name;
          for (const auto& doc : p.request.documents)
            if (doc.required_id == u.required_id) name = doc.name;
          MOTCUA_TRY(store::insert_dossier_upload(
              c, d.code,
              {++position, u.required_id, name, u.file_name, std::string(to_string(u.media_type)),
               (long long)u.size, u.sha256}));
        }
        dossier::EventDetails details;
        details.procedure_code = d.procedure_code;
        details.procedure_version = d.procedure_version;
        details.channel = "online";
        details.receiving_agency = d.receiving_agency;
        details.competent_agency = d.competent_agency;
        details.uploads = int(submission.uploads.size());
        dossier::DossierEvent e;
        e.chain_key = d.receiving_agency;
        e.dossier_code = d.code;
        e.at = now;
        e.actor = "applicant";
        e.kind = dossier::EventKind::submit_online;
        e.to_status = std::string(dossier::to_string(d.status));
        e.details = dossier::details_text(details);
        auto appended = store::append_event(c, std::move(e));
        if (!appended.ok()) return appended.error();
        return d;
      });
}

Result<SubmittedQueuePage> OnlineService::queue(const auth::User& user, int limit,
                                                const std::optional<store::PageKey>& after) {
  return db_.read<SubmittedQueuePage>([&](store::SqlConnection& c) -> Result<SubmittedQueuePage> {
    auto rows = store::submitted_page(c, user.agency_code, limit + 1, after);
    if (!rows.ok()) return rows.error();
    SubmittedQueuePage page;
    if (int(rows->size()) > limit) {
      rows->resize(size_t(limit));
      page.next = store::PageKey{format_iso(rows->back().received_at), rows->back().code};
    }
    page.items = std::move(*rows);
    return page;
  });
}

Result<dossier::Dossier> OnlineService::accept(const auth::User& officer, const std::string& code) {
  if (!detail::may_answer_submissions(officer.role))
    return make_error(ErrorCode::forbidden, "online.forbidden",
                      "only reception staff accept online submissions",
                      "chỉ cán bộ tiếp nhận được tiếp nhận hồ sơ nộp trực tuyến");
  const TimePoint now = clock_.now();
  auto plan = db_.read<detail::Plan>([&](store::SqlConnection& c) -> Result<detail::Plan> {
    auto d = detail::load_submitted(c, officer, code);
    if (!d.ok()) return d.error();
    dossier::ReceptionRequest request;
    request.procedure_code = d->procedure_code;
    request.applicant = d->applicant;
    request.channel = catalog::Channel::online;
    request.documents = d->documents;
    return detail::make_plan(c, d->receiving_agency, std::move(request));
  });
  if (!plan.ok()) return plan.error();
  // Received now: the appointment counts from the acceptance, on the desk's calendar, as at
  // the counter (due_times.hpp).
  auto calendar = calendars_(plan->receiving_agency);
  if (!calendar.ok()) return calendar.error();
  const CalendarPtr cal = std::move(*calendar);
  const TimePoint due = dossier::appointment_at_reception(now, plan->limit, *cal);
  return db_.write_returning<dossier::Dossier>(
      [&](store::SqlConnection& c) -> Result<dossier::Dossier> {
        auto loaded = detail::load_submitted(c, officer, code);
        if (!loaded.ok()) return loaded.error();
        auto before = store::dossier_events(c, code);
        if (!before.ok()) return before.error();
        dossier::Dossier d = *loaded;
        detail::start_dossier(*plan, d, now, due, *cal);
        d.received_by = officer.username;
        d.version = loaded->version + 1;
        MOTCUA_TRY(store::update_dossier(c, d, loaded->version));
        dossier::DossierEvent e;
        e.chain_key = d.receiving_agency;
        e.dossier_code = d.code;
        e.at = now;
        e.actor = officer.username;
        e.kind = dossier::EventKind::accept_online;
        e.from_status = std::string(dossier::to_string(loaded->status));
        e.to_status = std::string(dossier::to_string(d.status));
        e.details = dossier::details_text(detail::reception_details(*plan, d));
        auto appended = store::append_event(c, std::move(e));
        if (!appended.ok()) return appended.error();
        MOTCUA_TRY(detail::count_change(c, d, *before, *appended));
        return d;
      });
}

Result<std::vector<store::DossierUpload>> OnlineService::uploads(const auth::User& user,
                                                                 const std::string& code) {
  return db_.read<std::vector<store::DossierUpload>>(
      [&](store::SqlConnection& c) -> Result<std::vector<store::DossierUpload>> {
        MOTCUA_TRY(detail::check_staff_scope(c, user, code));
        return store::dossier_uploads(c, code);
      });
}

Result<store::UploadContent> OnlineService::upload(const auth::User& user, const std::string& code,
                                                   const std::string& client_address,
                                                   int position) {
  auto content =
      db_.read<store::UploadContent>([&](store::SqlConnection& c) -> Result<store::UploadContent> {
        MOTCUA_TRY(detail::check_staff_scope(c, user, code));
        auto found = store::dossier_upload_content(c, code, position);
        if (!found.ok()) return found.error();
        if (!found->has_value())
          return make_error(ErrorCode::not_found, "upload.not_found",
                            "dossier " + code + " has no upload " + std::to_string(position),
                            "hồ sơ " + code + " không có tệp số " + std::to_string(position));
        return std::move(**found);
      });
  if (!content.ok()) return content;
  // The applicant's documents were read: recorded like a read of the dossier.
  const store::DossierRead read{clock_.now(), user.username, code, "upload", client_address, {}};
  MOTCUA_TRY(
      db_.write([&](store::SqlConnection& c) { return store::record_dossier_read(c, read); }));
  return content;
}

}  // namespace motcua::service
