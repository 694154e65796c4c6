#include "motcua/service/reception_notice_service.hpp"

#include <chrono>
#include <nlohmann/json.hpp>

#include "dossier_scope.hpp"
#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/render/form_text.hpp"
#include "motcua/render/refusal.hpp"
#include "motcua/render/supplement_request.hpp"
#include "motcua/service/letterheads.hpp"
#include "motcua/stats/counters.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/stats_repository.hpp"
#include "motcua/store/user_repository.hpp"
#include "online_support.hpp"

namespace motcua::service {

namespace {

bool may_issue(auth::Role r) {
  return r == auth::Role::receiver || r == auth::Role::manager || r == auth::Role::admin;
}

std::string year_of(TimePoint t) {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(to_local(t))};
  return std::to_string(int(ymd.year()));
}

// What is read before the single writer numbers and inserts the notice.
struct Prepared {
  dossier::ReceptionNoticeRequest request;
  std::string procedure_name;
  int procedure_version = 0;
  std::string issuer_name;
};

Result<Prepared> prepare(store::SqlConnection& c, const auth::User& officer,
                         dossier::ReceptionNoticeRequest request) {
  if (!request.dossier_code.empty()) {
    // Answering an online submission: the notice speaks of the dossier as submitted.
    auto d = detail::load_submitted(c, officer, request.dossier_code);
    if (!d.ok()) return d.error();
    request.procedure_code = d->procedure_code;
    request.channel = d->channel;
    request.applicant = d->applicant;
  }
  auto stored = store::find_procedure(c, request.procedure_code);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value())
    return make_error(ErrorCode::invalid, "procedure.not_found",
                      "unknown procedure " + request.procedure_code,
                      "không có thủ tục mã " + request.procedure_code, "procedure_code");
  auto procedure = catalog::procedure_from_json(nlohmann::json::parse((*stored)->body));
  if (!procedure.ok()) return procedure.error();
  auto valid = dossier::validate_reception_notice(std::move(request), *procedure);
  if (!valid.ok()) return valid.error();
  Prepared p{std::move(*valid), procedure->name, (*stored)->version, officer.full_name};
  auto user = store::find_user(c, officer.username);
  if (!user.ok()) return user.error();
  if (user->has_value() && !(*user)->user.full_name.empty())
    p.issuer_name = (*user)->user.full_name;
  return p;
}

std::string notice_pdf(const IssuedNotice& issued, const render::Letterhead& heading) {
  const dossier::ReceptionNotice& n = issued.notice;
  render::Letterhead letterhead = heading;
  // One register of reception notices per agency and year, both forms numbered in it.
  letterhead.number = std::to_string(n.number) + "/TBTN";
  const std::string issued_text = render::vietnamese_time_text(n.issued_at);
  if (n.kind == dossier::NoticeKind::supplement) {
    render::SupplementRequestView v;
    v.letterhead = letterhead;
    v.applicant_name = n.applicant.full_name;
    v.applicant_address = n.applicant.address;
    v.applicant_phone = n.applicant.phone;
    v.applicant_email = n.applicant.email;
    v.procedure_name = n.procedure_name;
    v.submitted_at = issued_text;
    for (const auto& i : n.items) v.items.push_back({i.content, i.reason});
    v.officer_name = issued.issuer_name;
    v.contact_phone = n.contact_phone;
    return render::supplement_request_pdf(v);
  }
  render::RefusalView v;
  v.letterhead = letterhead;
  v.applicant_name = n.applicant.full_name;
  v.applicant_address = n.applicant.address;
  v.applicant_phone = n.applicant.phone;
  v.applicant_email = n.applicant.email;
  v.procedure_name = n.procedure_name;
  v.submitted_at = issued_text;
  v.reason = n.reason;
  v.signer_name = issued.issuer_name;
  return render::refusal_pdf(v);
}

// The notice an earlier request with `key` made, if the same officer sent it.
Result<std::optional<IssuedNotice>> earlier_retry(store::SqlConnection& c,
                                                  const auth::User& officer,
                                                  const std::string& key) {
  if (key.empty()) return std::optional<IssuedNotice>{};
  auto found = store::find_reception_notice_by_key(c, key);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return std::optional<IssuedNotice>{};
  if ((*found)->notice.issued_by != officer.username)
    return make_error(ErrorCode::conflict, "reception_notice.idempotency_key_reused",
                      "this Idempotency-Key was used by another officer",
                      "khóa Idempotency-Key đã được cán bộ khác sử dụng", "Idempotency-Key");
  return std::optional<IssuedNotice>{
      IssuedNotice{std::move((*found)->notice), std::move((*found)->issuer_name)}};
}

// The online submission a notice answers is closed, not received, with an event naming the
// notice. Its history then adds nothing to the counters; the notice itself counts (below).
Status close_submission(store::SqlConnection& c, const auth::User& officer,
                        const dossier::ReceptionNotice& n) {
  auto loaded = detail::load_submitted(c, officer, n.dossier_code);
  if (!loaded.ok()) return loaded.error();
  dossier::Dossier d = *loaded;
  d.status = dossier::DossierStatus::not_received;
  d.finished_at = n.issued_at;
  d.version = loaded->version + 1;
  MOTCUA_TRY(store::update_dossier(c, d, loaded->version));
  dossier::EventDetails details;
  details.notice_id = n.id;
  details.notice_kind = std::string(dossier::to_string(n.kind));
  if (!n.reason.empty()) details.reason = n.reason;
  for (const auto& i : n.items) details.items.push_back({i.content, i.reason});
  dossier::DossierEvent e;
  e.chain_key = d.receiving_agency;
  e.dossier_code = d.code;
  e.at = n.issued_at;
  e.actor = officer.username;
  e.kind = dossier::EventKind::not_received;
  e.from_status = std::string(dossier::to_string(loaded->status));
  e.to_status = std::string(dossier::to_string(d.status));
  e.details = dossier::details_text(details);
  auto appended = store::append_event(c, std::move(e));
  if (!appended.ok()) return appended.error();
  return ok_status();
}

Error reception_notice_not_found(const std::string& id) {
  return make_error(ErrorCode::not_found, "reception_notice.not_found", "no reception notice " + id,
                    "không có phiếu " + id);
}

}  // namespace

Result<IssuedNotice> ReceptionNoticeService::issue(const auth::User& officer,
                                                   dossier::ReceptionNoticeRequest request,
                                                   const std::string& idempotency_key) {
  if (!may_issue(officer.role))
    return make_error(ErrorCode::forbidden, "reception_notice.forbidden",
                      "only reception staff may issue reception notices",
                      "chỉ cán bộ tiếp nhận được lập phiếu hướng dẫn bổ sung hoặc từ chối "
                      "tiếp nhận");
  // As at reception (issue 10): the desk speaks only in its own agency's name.
  if (!request.agency_code.empty() && request.agency_code != officer.agency_code)
    return make_error(ErrorCode::forbidden, "reception_notice.other_agency",
                      "an officer issues notices only for their own agency (" +
                          officer.agency_code + "), not for " + request.agency_code,
                      "cán bộ chỉ lập phiếu tại cơ quan mình (" + officer.agency_code +
                          "), không lập thay " + request.agency_code,
                      "agency_code");
  const TimePoint now = clock_.now();
  auto prepared = db_.read<Prepared>([&](store::SqlConnection& c) -> Result<Prepared> {
    return prepare(c, officer, std::move(request));
  });
  if (!prepared.ok()) return prepared.error();
  return db_.write_returning<IssuedNotice>([&](store::SqlConnection& c) -> Result<IssuedNotice> {
    // Checked inside the write, so two retries racing each other make one notice.
    MOTCUA_TRY(store::lock_idempotency_key(c, "reception_notices", idempotency_key));
    auto retry = earlier_retry(c, officer, idempotency_key);
    if (!retry.ok()) return retry.error();
    if (retry->has_value()) return std::move(**retry);
    auto number = store::next_notice_number(c, officer.agency_code, year_of(now));
    if (!number.ok()) return number.error();
    const dossier::ReceptionNoticeRequest& r = prepared->request;
    IssuedNotice out;
    dossier::ReceptionNotice& n = out.notice;
    n.id = dossier::format_notice_id(officer.agency_code, now, *number);
    n.number = *number;
    n.kind = r.kind;
    n.agency_code = officer.agency_code;
    n.issued_by = officer.username;
    n.issued_at = now;
    n.procedure_code = r.procedure_code;
    n.procedure_version = prepared->procedure_version;
    n.procedure_name = prepared->procedure_name;
    n.channel = r.channel;
    n.applicant = r.applicant;
    n.items = r.items;
    n.reason = r.reason;
    n.contact_phone = r.contact_phone;
    n.idempotency_key = idempotency_key;
    n.dossier_code = r.dossier_code;
    out.issuer_name = prepared->issuer_name;
    MOTCUA_TRY(store::insert_reception_notice(c, n, out.issuer_name));
    if (!n.dossier_code.empty()) MOTCUA_TRY(close_submission(c, officer, n));
    // Counted with the statistics in the same transaction (issue 12: refused_at_reception).
    MOTCUA_TRY(store::add_counters(
        c, {n.agency_code, n.procedure_code, std::string(catalog::channel_name(n.channel))},
        stats::notice_contribution(n.kind == dossier::NoticeKind::refusal, n.issued_at)));
    return out;
  });
}

Result<std::string> ReceptionNoticeService::pdf(const auth::User& user, const std::string& id,
                                                const std::string& client_address) {
  struct Loaded {
    IssuedNotice issued;
    render::Letterhead heading;
  };
  auto loaded = db_.read<Loaded>([&](store::SqlConnection& c) -> Result<Loaded> {
    auto found = store::find_reception_notice(c, id);
    if (!found.ok()) return found.error();
    if (!found->has_value()) return reception_notice_not_found(id);
    auto allowed = agency_in_scope(c, user, (*found)->notice.agency_code);
    if (!allowed.ok()) return allowed.error();
    if (!*allowed)
      return make_error(ErrorCode::forbidden, "reception_notice.forbidden",
                        "this notice was issued outside your agency",
                        "phiếu này không thuộc phạm vi cơ quan của bạn");
    // Issued by the agency's one-stop desk, dated the day it was issued.
    auto heading = load_letterhead(c, (*found)->notice.agency_code, IssuedBy::one_stop_desk,
                                   (*found)->notice.issued_at);
    if (!heading.ok()) return heading.error();
    return Loaded{{std::move((*found)->notice), std::move((*found)->issuer_name)},
                  std::move(*heading)};
  });
  if (!loaded.ok()) return loaded.error();
  // The applicant's personal data was read: recorded like a staff read of a dossier.
  const store::DossierRead read{
      clock_.now(),       user.username,  loaded->issued.notice.dossier_code,
      "reception_notice", client_address, id};
  MOTCUA_TRY(
      db_.write([&](store::SqlConnection& c) { return store::record_dossier_read(c, read); }));
  return notice_pdf(loaded->issued, loaded->heading);
}

Result<NoticePage> ReceptionNoticeService::list(const auth::User& user, const NoticeQuery& q) {
  return db_.read<NoticePage>([&](store::SqlConnection& c) -> Result<NoticePage> {
    NoticePage page;
    page.agency_code = q.agency_code.empty() ? user.agency_code : q.agency_code;
    auto allowed = agency_in_scope(c, user, page.agency_code);
    if (!allowed.ok()) return allowed.error();
    if (!*allowed)
      return make_error(ErrorCode::forbidden, "reception_notice.forbidden",
                        "agency " + page.agency_code + " is outside your agency",
                        "cơ quan " + page.agency_code + " không thuộc phạm vi cơ quan của bạn",
                        "agency");
    store::NoticeRange range{page.agency_code, q.from ? format_iso(*q.from) : "",
                             q.to ? format_iso(*q.to) : "", ""};
    store::NoticeRange of_kind = range;
    if (q.kind) of_kind.kind = std::string(dossier::to_string(*q.kind));
    // One row more than asked tells whether another page follows.
    auto rows = store::reception_notice_page(c, of_kind, q.limit + 1, q.after);
    if (!rows.ok()) return rows.error();
    if (int(rows->size()) > q.limit) {
      rows->resize(size_t(q.limit));
      const auto& last = rows->back().notice;
      page.next = store::PageKey{format_iso(last.issued_at), last.id};
    }
    for (auto& s : *rows) page.items.push_back({std::move(s.notice), std::move(s.issuer_name)});
    // The counts cover both kinds of the period, whatever kind the page lists.
    if (!q.after) {
      auto counts = store::count_reception_notices(c, range);
      if (!counts.ok()) return counts.error();
      page.counts = *counts;
    }
    return page;
  });
}

}  // namespace motcua::service
