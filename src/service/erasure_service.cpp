#include "motcua/service/erasure_service.hpp"

#include <map>

#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/erasure_repository.hpp"
#include "motcua/store/personal_data_repository.hpp"

namespace motcua::service {

namespace {

constexpr std::size_t kMaxDecisionBytes = 500;
constexpr int kMaxRetentionYears = 200;
constexpr int kSweepPage = 500;

Error erasure_invalid(std::string key, std::string message, std::string message_vi,
                      std::string field) {
  return make_error(ErrorCode::invalid, std::move(key), std::move(message), std::move(message_vi),
                    std::move(field));
}

Status check_request(const ErasureRequest& r) {
  const ErasureTarget& t = r.target;
  const int named = !t.dossier_code.empty() + !t.notice_id.empty() + !t.id_number.empty();
  if (named != 1)
    return erasure_invalid("erasure.target", "name exactly one of dossier, notice or id_number",
                           "cần ghi đúng một trong: mã hồ sơ, số thông báo hoặc số định danh",
                           "target");
  if (!t.id_number.empty() && !dossier::is_valid_citizen_id(t.id_number))
    return erasure_invalid("erasure.id_number",
                           "id_number must be the 12-digit citizen identity number",
                           "số định danh cá nhân phải gồm đúng 12 chữ số", "id_number");
  if (r.ground == dossier::ErasureGround::authority_decision && r.decision.empty())
    return erasure_invalid("erasure.decision", "an erasure by decision names the decision",
                           "xóa theo quyết định phải ghi rõ số, ngày của quyết định", "decision");
  if (r.decision.size() > kMaxDecisionBytes)
    return erasure_invalid("erasure.decision", "the decision is at most 500 bytes",
                           "nội dung quyết định dài tối đa 500 ký tự", "decision");
  return ok_status();
}

Result<std::optional<int>> retention_years(store::SqlConnection& c,
                                           const std::string& procedure_code) {
  auto period = store::retention_period_for(c, procedure_code);
  if (!period.ok()) return period.error();
  if (!period->has_value()) return std::optional<int>{};
  return (*period)->years;
}

// What the rule allows erasing of `record` now, given what the store says of it, its
// retention period and what was erased already; when that is more than before, the erasure
// is recorded (which lets the append-only guards give way) before the caller erases.
Result<ErasureOutcome> decide_and_record(store::SqlConnection& c, const store::ErasureSubject& s,
                                         const std::string& record, const std::string& kind,
                                         const ErasureRequest& request, TimePoint now) {
  auto already = store::erased_scope(c, record);
  if (!already.ok()) return already.error();
  auto years = retention_years(c, s.procedure_code);
  if (!years.ok()) return years.error();
  const dossier::ErasureFacts facts{s.finished,       s.finished_at, *years,
                                    request.decision, *already,      s.messages_pending};
  ErasureOutcome out{record, kind, *already, dossier::decide_erasure(request.ground, facts, now),
                     0};
  if (out.erased_now())
    MOTCUA_TRY(store::record_erasure(c, {record, kind, out.decision.scope, request.ground,
                                         request.decision, request.operator_name, now}));
  return out;
}

Error erasure_not_found(const std::string& what, const std::string& id) {
  return make_error(ErrorCode::not_found, "erasure.not_found", "no " + what + " " + id,
                    "không tìm thấy " + id);
}

}  // namespace

Result<ErasureOutcome> ErasureService::erase_dossier(const std::string& code,
                                                     const ErasureRequest& request) {
  const TimePoint now = clock_.now();
  return db_.write_returning<ErasureOutcome>(
      [&](store::SqlConnection& c) -> Result<ErasureOutcome> {
        auto found = store::dossier_erasure_subject(c, code);
        if (!found.ok()) return found.error();
        if (!found->has_value()) return erasure_not_found("dossier", code);
        const store::ErasureSubject& d = **found;
        auto decided = decide_and_record(c, d, code, "dossier", request, now);
        if (!decided.ok() || !decided->erased_now()) return decided;
        ErasureOutcome out = std::move(*decided);
        auto removed = store::erase_dossier_personal_data(c, code, out.decision.scope);
        if (!removed.ok()) return removed.error();
        out.uploads_removed = removed->uploads_removed;
        out.texts_erased = removed->texts_erased;
        out.texts_kept = removed->texts_kept;
        dossier::EventDetails details;
        details.erased_scope = std::string(dossier::to_string(out.decision.scope));
        details.erasure_ground = std::string(dossier::to_string(request.ground));
        if (!request.decision.empty()) details.decision = request.decision;
        if (out.uploads_removed > 0) details.uploads_removed = out.uploads_removed;
        if (out.texts_erased > 0) details.texts_erased = out.texts_erased;
        dossier::DossierEvent e;
        e.chain_key = d.chain_key;
        e.dossier_code = code;
        e.at = now;
        e.actor = request.operator_name;
        e.kind = dossier::EventKind::personal_data_erased;
        e.from_status = d.status;
        e.to_status = d.status;
        e.details = dossier::details_text(details);
        auto appended = store::append_event(c, std::move(e));
        if (!appended.ok()) return appended.error();
        return out;
      });
}

Result<ErasureOutcome> ErasureService::erase_notice(const std::string& id,
                                                    const ErasureRequest& request) {
  const TimePoint now = clock_.now();
  return db_.write_returning<ErasureOutcome>(
      [&](store::SqlConnection& c) -> Result<ErasureOutcome> {
        auto found = store::notice_erasure_subject(c, id);
        if (!found.ok()) return found.error();
        if (!found->has_value()) return erasure_not_found("reception notice", id);
        auto decided = decide_and_record(c, **found, id, "notice", request, now);
        if (!decided.ok() || !decided->erased_now()) return decided;
        MOTCUA_TRY(store::erase_notice_personal_data(c, id, decided->decision.scope));
        return decided;
      });
}

Result<std::vector<std::string>> ErasureService::answering_notices(const std::string& code) {
  return db_.read<std::vector<std::string>>(
      [&](store::SqlConnection& c) -> Result<std::vector<std::string>> {
        auto events = store::dossier_events(c, code);
        if (!events.ok()) return events.error();
        std::vector<std::string> ids;
        for (const auto& e : *events) {
          if (e.kind != dossier::EventKind::not_received) continue;
          auto details = dossier::parse_details(e.details);
          if (!details.ok()) return details.error();
          if (details->notice_id) ids.push_back(*details->notice_id);
        }
        return ids;
      });
}

Result<std::vector<ErasureOutcome>> ErasureService::erase(const ErasureRequest& request) {
  MOTCUA_TRY(check_request(request));
  const ErasureTarget& t = request.target;
  std::vector<ErasureOutcome> out;
  auto add = [&](Result<ErasureOutcome> one) -> Status {
    if (!one.ok()) return one.error();
    out.push_back(std::move(*one));
    return ok_status();
  };
  if (!t.dossier_code.empty()) {
    MOTCUA_TRY(add(erase_dossier(t.dossier_code, request)));
    // An online dossier the desk answered with Form 02 / 03: the notice holds the same
    // applicant's data, and goes with it.
    auto notices = answering_notices(t.dossier_code);
    if (!notices.ok()) return notices.error();
    for (const auto& id : *notices) MOTCUA_TRY(add(erase_notice(id, request)));
    return out;
  }
  if (!t.notice_id.empty()) {
    MOTCUA_TRY(add(erase_notice(t.notice_id, request)));
    return out;
  }
  struct Records {
    std::vector<std::string> dossiers, notices;
  };
  auto records = db_.read<Records>([&](store::SqlConnection& c) -> Result<Records> {
    auto dossiers = store::dossier_codes_of_applicant(c, t.id_number);
    if (!dossiers.ok()) return dossiers.error();
    auto notices = store::notice_ids_of_applicant(c, t.id_number);
    if (!notices.ok()) return notices.error();
    return Records{std::move(*dossiers), std::move(*notices)};
  });
  if (!records.ok()) return records.error();
  for (const auto& code : records->dossiers) MOTCUA_TRY(add(erase_dossier(code, request)));
  for (const auto& id : records->notices) MOTCUA_TRY(add(erase_notice(id, request)));
  return out;
}

Result<RetentionSweep> ErasureService::erase_expired(const std::string& operator_name) {
  const ErasureRequest request{{}, dossier::ErasureGround::retention_ended, {}, operator_name};
  RetentionSweep sweep;
  std::map<std::string, std::optional<int>> years_of;  // by procedure code
  const TimePoint now = clock_.now();
  for (const std::string kind : {"dossier", "notice"}) {
    std::string after;
    for (;;) {
      auto page = db_.read<std::vector<store::ErasureCandidate>>(
          [&](store::SqlConnection& c) -> Result<std::vector<store::ErasureCandidate>> {
            auto rows = store::erasure_candidates(c, kind, after, kSweepPage);
            if (!rows.ok()) return rows.error();
            for (const auto& r : *rows) {
              if (years_of.contains(r.procedure_code)) continue;
              auto years = retention_years(c, r.procedure_code);
              if (!years.ok()) return years.error();
              years_of[r.procedure_code] = *years;
            }
            return rows;
          });
      if (!page.ok()) return page.error();
      for (const auto& r : *page) {
        ++sweep.records_examined;
        const auto& years = years_of[r.procedure_code];
        if (!years || now < dossier::retention_end(r.finished_at, *years)) continue;
        // Decided again inside the record's own write, against the store as it is then.
        auto one =
            kind == "dossier" ? erase_dossier(r.record, request) : erase_notice(r.record, request);
        if (!one.ok()) return one.error();
        if (one->erased_now()) sweep.erased.push_back(std::move(*one));
      }
      if (page->size() < static_cast<std::size_t>(kSweepPage)) break;
      after = page->back().record;
    }
  }
  return sweep;
}

Result<store::RetentionPeriod> ErasureService::set_retention(const std::string& procedure_code,
                                                             std::optional<int> years,
                                                             const std::string& basis,
                                                             const std::string& operator_name) {
  if (years && (*years < 0 || *years > kMaxRetentionYears))
    return erasure_invalid("retention.years", "years must be from 0 to 200",
                           "số năm lưu trữ phải từ 0 đến 200", "years");
  if (basis.empty() || basis.size() > kMaxDecisionBytes)
    return erasure_invalid(
        "retention.basis", "name the retention schedule the period follows (at most 500 bytes)",
        "cần ghi căn cứ (văn bản quy định thời hạn lưu trữ), tối đa 500 ký tự", "basis");
  return db_.write_returning<store::RetentionPeriod>(
      [&](store::SqlConnection& c) -> Result<store::RetentionPeriod> {
        if (procedure_code != store::kEveryProcedure) {
          auto p = store::find_procedure(c, procedure_code);
          if (!p.ok()) return p.error();
          if (!p->has_value())
            return erasure_invalid("retention.procedure", "no procedure " + procedure_code,
                                   "không có thủ tục " + procedure_code, "procedure");
        }
        return store::set_retention_period(
            c, {procedure_code, 0, years, basis, operator_name, clock_.now()});
      });
}

Result<std::vector<store::RetentionPeriod>> ErasureService::retention_periods() {
  return db_.read<std::vector<store::RetentionPeriod>>(
      [](store::SqlConnection& c) { return store::retention_periods_in_force(c); });
}

}  // namespace motcua::service
