#include "motcua/service/receipt_service.hpp"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "desk_letterhead.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/render/form_text.hpp"
#include "motcua/render/receipt.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/user_repository.hpp"

namespace motcua::service {

namespace {

std::string processing_time_text(const calendar::ProcessingTime& t) {
  char amount[32];
  if (t.amount == std::floor(t.amount))
    std::snprintf(amount, sizeof amount, "%02d", int(t.amount));
  else
    std::snprintf(amount, sizeof amount, "%g", t.amount);
  switch (t.unit) {
    case calendar::TimeUnit::working_days:
      return std::string(amount) + " ngày làm việc";
    case calendar::TimeUnit::working_hours:
      return std::string(amount) + " giờ làm việc";
    case calendar::TimeUnit::calendar_days:
      return std::string(amount) + " ngày";
    case calendar::TimeUnit::calendar_months:
      return std::string(amount) + " tháng";
  }
  return amount;
}

render::SubmissionChannel submission_channel(catalog::Channel c) {
  switch (c) {
    case catalog::Channel::counter:
      return render::SubmissionChannel::counter;
    case catalog::Channel::online:
      return render::SubmissionChannel::online;
    case catalog::Channel::postal:
      return render::SubmissionChannel::postal;
  }
  return render::SubmissionChannel::counter;
}

}  // namespace

Result<std::string> ReceiptService::receipt_pdf(const auth::User& user, const std::string& code) {
  auto view = dossiers_.get_for_staff(user, code, "receipt");
  if (!view.ok()) return view.error();
  const dossier::Dossier& d = view->dossier;
  render::ReceiptView r;
  auto filled = db_.read<bool>([&](store::SqlConnection& c) -> Result<bool> {
    auto heading = detail::desk_heading(c, d.receiving_agency);
    if (!heading.ok()) return heading.error();
    r.letterhead = heading->letterhead;
    const std::string& place = heading->place;
    const std::chrono::year_month_day ymd{
        std::chrono::floor<std::chrono::days>(to_local(d.received_at))};
    r.letterhead.place_date = render::place_date_line(
        place, int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
    auto officer = store::find_user(c, d.received_by);
    if (!officer.ok()) return officer.error();
    if (officer->has_value()) r.officer_name = (*officer)->user.full_name;
    auto proc = store::find_procedure_version(c, d.procedure_code, d.procedure_version);
    if (!proc.ok()) return proc.error();
    if (proc->has_value()) {
      auto p = catalog::procedure_from_json(nlohmann::json::parse((*proc)->body));
      // Stored versions were checked when imported: one that no longer parses is broken data.
      if (!p.ok())
        return make_error(
            ErrorCode::internal, "procedure.stored_invalid",
            "stored procedure " + d.procedure_code + " does not parse: " + p.error().message,
            "thủ tục đã lưu " + d.procedure_code + " không đọc được");
      {
        r.procedure_name = p->name;
        for (const auto& term : p->channels)
          if (term.channel == d.channel && term.time)
            r.processing_time = processing_time_text(*term.time);
        for (const auto& rd : d.documents) {
          render::ReceivedDocument doc{rd.name, rd.copies, ""};
          for (const auto& req : p->documents)
            if (req.id == rd.required_id) doc.form = req.copy_kind;
          r.documents.push_back(std::move(doc));
        }
      }
    }
    return true;
  });
  if (!filled.ok()) return filled.error();
  if (r.procedure_name.empty()) r.procedure_name = d.procedure_name;
  r.dossier_code = d.code;
  r.applicant_name = d.applicant.full_name;
  r.applicant_phone = d.applicant.phone;
  r.applicant_email = d.applicant.email;
  r.applicant_address = d.applicant.address;
  r.procedure_code = d.procedure_code;
  r.channel_label = render::channel_label(submission_channel(d.channel));
  r.received_at = render::vietnamese_time_text(d.received_at);
  r.due_at = render::vietnamese_time_text(d.due_at);
  // The QR code opens the public status page with the code filled in; the phone digits are
  // deliberately not in it, so a lost receipt alone does not open the dossier.
  r.lookup_url = public_base_url_ + "/tra-cuu?code=" + d.code;
  return render::receipt_pdf(r);
}

}  // namespace motcua::service
