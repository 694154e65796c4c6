#include "motcua/service/receipt_service.hpp"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/render/form_text.hpp"
#include "motcua/render/receipt.hpp"
#include "motcua/service/letterheads.hpp"
#include "motcua/service/tracking_book_service.hpp"
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

// The processing time the appointment was computed from, as the reception event recorded it
// (issue 10 point 3: one appointment, one source). Events from before that detail existed
// fall back to the rule reception applies, dossier::processing_time_for, never to whichever
// channel term happens to come last in the catalogue.
Result<std::optional<calendar::ProcessingTime>> reception_time(
    const std::vector<dossier::DossierEvent>& events) {
  for (const auto& e : events) {
    if (!dossier::is_reception(e.kind)) continue;
    auto det = dossier::parse_details(e.details);
    // A receipt states facts: an unreadable reception event (an altered row, which `audit
    // verify` reports) fails it instead of printing another time.
    if (!det.ok())
      return make_error(ErrorCode::internal, "dossier.event_unreadable",
                        "the reception event of dossier " + e.dossier_code +
                            " has details that do not parse: " + det.error().message,
                        "không đọc được chi tiết sự kiện tiếp nhận hồ sơ " + e.dossier_code);
    return det->processing_time;
  }
  return std::optional<calendar::ProcessingTime>{};
}

}  // namespace

Result<std::string> ReceiptService::receipt_pdf(const auth::User& user, const std::string& code,
                                                const std::string& client_address) {
  auto view = dossiers_.get_for_staff(user, code, "receipt", client_address);
  if (!view.ok()) return view.error();
  const dossier::Dossier& d = view->dossier;
  // An online submission has a receipt once the desk accepted it, never before.
  if (d.status == dossier::DossierStatus::submitted ||
      d.status == dossier::DossierStatus::not_received)
    return make_error(ErrorCode::conflict, "dossier.not_received",
                      "dossier " + code + " was not received, so it has no receipt",
                      "hồ sơ " + code + " chưa được tiếp nhận nên chưa có Giấy tiếp nhận");
  auto recorded_time = reception_time(view->events);
  if (!recorded_time.ok()) return recorded_time.error();
  render::ReceiptView r;
  if (*recorded_time) r.processing_time = processing_time_text(**recorded_time);
  auto filled = db_.read<bool>([&](store::SqlConnection& c) -> Result<bool> {
    // Issued by the receiving agency's one-stop desk, dated the day it received the dossier.
    auto head = load_letterhead(c, d.receiving_agency, IssuedBy::one_stop_desk, d.received_at);
    if (!head.ok()) return head.error();
    r.letterhead = std::move(*head);
    // Entered in the tracking book (Form 07) at reception: its volume and entry number.
    auto entry = book_entry(c, d);
    if (!entry.ok()) return entry.error();
    r.book_volume = std::to_string(entry->volume);
    r.book_entry = std::to_string(entry->number);
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
        if (r.processing_time.empty())
          if (auto limit = dossier::processing_time_for(*p, d.channel))
            r.processing_time = processing_time_text(*limit);
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
