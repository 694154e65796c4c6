// The report of consultations answered late (Decree 61/2018 Art. 19(5): a consulted agency
// that answers late is reported to the head of the one-stop department).
#include <algorithm>
#include <chrono>

#include "motcua/common/time.hpp"
#include "motcua/dossier/consultation.hpp"
#include "motcua/service/workflow_service.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

namespace {

Error consultation_forbidden(std::string en, std::string vi, std::string field = {}) {
  return make_error(ErrorCode::forbidden, "report.forbidden", std::move(en), std::move(vi),
                    std::move(field));
}

// The agency the report is for: the user's own, or one below it.
Status check_scope(store::SqlConnection& c, const auth::User& user, const std::string& agency) {
  if (agency == user.agency_code) return ok_status();
  auto chain = store::agency_ancestors(c, agency);
  if (!chain.ok()) return chain.error();
  if (chain->empty())
    return make_error(ErrorCode::invalid, "agency.not_found", "unknown agency " + agency,
                      "không có cơ quan mã " + agency, "agency");
  const bool below = std::any_of(chain->begin(), chain->end(), [&](const catalog::Agency& a) {
    return a.code == user.agency_code;
  });
  if (!below)
    return consultation_forbidden(
        "agency " + agency + " is outside your agency " + user.agency_code,
        "cơ quan " + agency + " không thuộc phạm vi của " + user.agency_code, "agency");
  return ok_status();
}

}  // namespace

Result<LateConsultationReport> WorkflowService::late_consultations(
    const auth::User& user, const std::string& agency_param, std::optional<TimePoint> from,
    std::optional<TimePoint> to, int limit, const std::optional<store::PageKey>& after) {
  // For those who answer for the agency's timeliness: the head of the one-stop department
  // (a leader or manager), admins and inspectors; not the desk or specialists.
  if (user.role == auth::Role::receiver || user.role == auth::Role::specialist)
    return consultation_forbidden(
        "the report of late consultations is for leaders, managers and inspectors",
        "báo cáo xin ý kiến trả lời trễ hạn dành cho lãnh đạo, quản lý và thanh tra");
  const TimePoint now = clock_.now();
  if (!from) {
    using namespace std::chrono;
    const year_month_day today{floor<days>(to_local(now))};
    from = from_local(local_days{today.year() / today.month() / 1});
  }
  if (!to) to = now;
  if (*to < *from)
    return make_error(ErrorCode::invalid, "request.time_range", "to must not be before from",
                      "thời điểm to không được trước from", "to");
  const std::string agency = agency_param.empty() ? user.agency_code : agency_param;
  return db_.read<LateConsultationReport>(
      [&](store::SqlConnection& c) -> Result<LateConsultationReport> {
        MOTCUA_TRY(check_scope(c, user, agency));
        LateConsultationReport report;
        report.agency_code = agency;
        report.from = format_iso(*from);
        report.to = format_iso(*to);
        auto rows = store::late_consultations(c, agency, report.from, report.to, format_iso(now),
                                              limit + 1, after);
        if (!rows.ok()) return rows.error();
        if (int(rows->size()) > limit) {
          rows->resize(size_t(limit));
          report.next = store::PageKey{rows->back().due_at, rows->back().id};
        }
        for (auto& r : *rows) {
          LateConsultation item;
          item.answered = r.closed_kind.has_value() && *r.closed_kind == "forward";
          const auto due = parse_iso(r.due_at);
          const auto until = r.closed_at ? parse_iso(*r.closed_at) : std::optional<TimePoint>(now);
          auto cal = calendars_(r.receiving_agency);
          if (!cal.ok()) return cal.error();
          const std::int64_t left = due && until ? (*cal)->working_minutes_until(*until, *due) : 0;
          item.late_minutes = left < 0 ? -left : 0;
          item.row = std::move(r);
          report.items.push_back(std::move(item));
        }
        return report;
      });
}

}  // namespace motcua::service
