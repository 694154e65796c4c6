// Forms 02-06 of a dossier, filled from the dossier and its history (Circular 03/2025 numbers;
// Decree 61/2018 Art. 19(4), (8), (9)). Each form is issued by whoever did the act it records,
// in that body's name, and dated the day of the act (issue 10 point 6).
#include <chrono>
#include <cstdio>
#include <map>

#include "dossier_scope.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/render/apology.hpp"
#include "motcua/render/form_text.hpp"
#include "motcua/render/process_control.hpp"
#include "motcua/render/refusal.hpp"
#include "motcua/render/stop_notice.hpp"
#include "motcua/render/supplement_request.hpp"
#include "motcua/service/letterheads.hpp"
#include "motcua/service/receipt_service.hpp"
#include "motcua/service/workflow_service.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/user_repository.hpp"

namespace motcua::service {

namespace {

struct FormData {
  dossier::Dossier dossier;
  std::vector<dossier::DossierEvent> events;
  std::vector<dossier::EventDetails> details;       // of events[i], parsed once
  std::map<std::string, std::string> agency_names;  // code → name
  std::map<std::string, std::string> user_names;    // username → full name
  std::map<std::string, auth::User> users;          // username → the user, when known
};

// Forms 02 and 03 open with the same block: who applied, for what, and when.
template <class View>
void fill_applicant_part(View& v, const FormData& f) {
  const dossier::Dossier& d = f.dossier;
  v.dossier_code = d.code;
  v.applicant_name = d.applicant.full_name;
  v.applicant_address = d.applicant.address;
  v.applicant_phone = d.applicant.phone;
  v.applicant_email = d.applicant.email;
  v.procedure_name = d.procedure_name;
  v.submitted_at = render::vietnamese_time_text(d.received_at);
}

// The facts of `e`, one of f.events.
const dossier::EventDetails& details_of(const FormData& f, const dossier::DossierEvent& e) {
  return f.details.at(static_cast<size_t>(&e - f.events.data()));
}

const dossier::DossierEvent* last_event(const FormData& f, dossier::EventKind kind) {
  const dossier::DossierEvent* found = nullptr;
  for (const auto& e : f.events)
    if (e.kind == kind) found = &e;
  return found;
}

std::string user_name(const FormData& f, const std::string& username) {
  auto it = f.user_names.find(username);
  return it == f.user_names.end() || it->second.empty() ? username : it->second;
}

std::string agency_name(const FormData& f, const std::string& code) {
  auto it = f.agency_names.find(code);
  return it == f.agency_names.end() ? code : it->second;
}

Error form_missing(const std::string& form, const std::string& what) {
  return make_error(ErrorCode::not_found, "form.not_issued",
                    "form " + form + " was not issued: no " + what + " on this dossier",
                    "chưa có mẫu " + form + " cho hồ sơ này", "form");
}

// One handoff of Form 06 with the machine-readable facts behind it.
struct HandoffRow {
  render::Handoff handoff;
  std::string giver_agency;  // the agency whose step ended: the one to blame when late
  TimePoint at{};
  std::optional<TimePoint> deadline;
  std::optional<calendar::Outcome> outcome;  // none while the step had no deadline
  dossier::EventKind kind = dossier::EventKind::receive;
};

// Each event that moves the dossier is a handoff: the giver is who acted, at the agency that
// held the step; the deadline is that step's due time (Circular 01/2018 form 05).
std::vector<HandoffRow> handoff_rows(const FormData& f, const calendar::WorkingCalendar& cal) {
  const dossier::Dossier& d = f.dossier;
  std::vector<HandoffRow> rows;
  std::string holder = d.receiving_agency;
  std::optional<TimePoint> step_deadline;
  for (const auto& e : f.events) {
    if (dossier::is_outside_processing(e.kind)) continue;
    const auto& det = details_of(f, e);
    if (dossier::is_reception(e.kind)) {
      // Reception records the first step's agency and deadline (process definitions); older
      // events name only the competent agency and the dossier's due time.
      step_deadline = det.step_due_at ? det.step_due_at : det.due_at;
      holder = det.step_agency.value_or(det.competent_agency.value_or(holder));
      continue;
    }
    HandoffRow row;
    row.giver_agency = holder;
    row.at = e.at;
    row.deadline = step_deadline;
    row.kind = e.kind;
    render::Handoff& h = row.handoff;
    h.giver_unit = agency_name(f, holder);
    h.giver_name = user_name(f, e.actor);
    h.handed_at = render::vietnamese_time_text(e.at);
    h.note = std::string(dossier::to_string(e.kind));
    if (step_deadline) {
      h.step_deadline = render::vietnamese_time_text(*step_deadline);
      row.outcome = cal.classify(e.at, *step_deadline, calendar::TimeUnit::working_hours);
      switch (*row.outcome) {
        case calendar::Outcome::early:
          h.result = render::StepResult::early;
          break;
        case calendar::Outcome::on_time:
          h.result = render::StepResult::on_time;
          break;
        case calendar::Outcome::late:
          h.result = render::StepResult::late;
          break;
      }
    }
    if (det.to_agency && !det.to_agency->empty()) holder = *det.to_agency;
    h.receiver_unit = agency_name(f, holder);
    h.receiver_name =
        det.assignee.value_or("").empty() ? det.to_step.value_or("") : user_name(f, *det.assignee);
    step_deadline = det.step_due_at;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string process_control_sheet_pdf(const FormData& f, const calendar::WorkingCalendar& cal,
                                      render::Letterhead letterhead) {
  const dossier::Dossier& d = f.dossier;
  render::ProcessControlView v;
  v.letterhead = std::move(letterhead);
  v.dossier_code = d.code;
  v.applicant_name = d.applicant.full_name;
  v.procedure_name = d.procedure_name;
  v.received_at = render::vietnamese_time_text(d.received_at);
  v.due_at = render::vietnamese_time_text(d.due_at);
  v.lead_agency = agency_name(f, d.competent_agency);
  for (auto& row : handoff_rows(f, cal)) v.handoffs.push_back(std::move(row.handoff));
  v.blank_rows = v.handoffs.size() < 4 ? 4 - static_cast<int>(v.handoffs.size()) : 0;
  return render::process_control_pdf(v);
}

ProcessControl handoffs_of(const FormData& f, const calendar::WorkingCalendar& cal) {
  const dossier::Dossier& d = f.dossier;
  ProcessControl out{d.code, d.received_at, d.due_at, d.competent_agency, {}};
  for (auto& row : handoff_rows(f, cal)) {
    auto& h = row.handoff;
    out.handoffs.push_back(Handoff{row.kind, std::move(row.giver_agency), std::move(h.giver_unit),
                                   std::move(h.giver_name), std::move(h.receiver_unit),
                                   std::move(h.receiver_name), row.at, row.deadline, row.outcome});
  }
  return out;
}

Result<FormData> load_form_data(store::Database& db, const auth::User& user,
                                const std::string& code) {
  return db.read<FormData>([&](store::SqlConnection& c) -> Result<FormData> {
    auto found = store::find_dossier(c, code);
    if (!found.ok()) return found.error();
    if (!found->has_value())
      return make_error(ErrorCode::not_found, "dossier.not_found", "no dossier " + code,
                        "không có hồ sơ " + code);
    FormData f;
    f.dossier = **found;
    const auto& d = f.dossier;
    auto events = store::dossier_events(c, code);
    if (!events.ok()) return events.error();
    f.events = std::move(*events);
    // A form states facts: an event whose details do not parse (an altered row, which `audit
    // verify` reports) fails the form instead of printing it without them.
    for (const auto& e : f.events) {
      auto det = dossier::parse_details(e.details);
      if (!det.ok())
        return make_error(ErrorCode::internal, "dossier.event_unreadable",
                          "event " + std::to_string(e.seq) + " of dossier " + code +
                              " has details that do not parse: " + det.error().message,
                          "không đọc được chi tiết sự kiện của hồ sơ " + code);
      f.details.push_back(std::move(*det));
    }
    // Its scope, and every agency it was handed to or from (the handover sheet is theirs too).
    auto in_scope = dossier_in_scope(c, user, d);
    if (!in_scope.ok()) return in_scope.error();
    bool involved = *in_scope;
    for (const auto& e : f.events) {
      const auto& det = details_of(f, e);
      for (const auto& a : {det.to_agency, det.from_agency}) {
        if (a && !a->empty()) {
          involved = involved || *a == user.agency_code;
          f.agency_names[*a] = *a;
        }
      }
      f.user_names[e.actor] = e.actor;
      if (det.assignee && !det.assignee->empty()) f.user_names[*det.assignee] = "";
    }
    if (!involved) return out_of_scope();
    f.agency_names[d.receiving_agency] = d.receiving_agency;
    f.agency_names[d.competent_agency] = d.competent_agency;
    for (auto& [a, name] : f.agency_names) {
      auto agency = store::find_agency(c, a);
      if (!agency.ok()) return agency.error();
      if (agency->has_value()) name = (*agency)->name;
    }
    for (auto& [u, name] : f.user_names) {
      auto found_user = store::find_user(c, u);
      if (!found_user.ok()) return found_user.error();
      if (found_user->has_value()) {
        name = (*found_user)->user.full_name;
        f.users[u] = (*found_user)->user;
      }
    }
    return f;
  });
}

// Who issues the paper recording event `e`: a receiver acts for the one-stop desk of their
// agency; anyone else for their agency itself (the competent agency's examination, for a
// supplement request or a refusal under Decree 61/2018 Art. 19(4), (8)). An actor no longer
// known is taken to have acted for the competent agency.
std::pair<std::string, IssuedBy> issuer_of(const FormData& f, const dossier::DossierEvent& e) {
  auto it = f.users.find(e.actor);
  if (it == f.users.end()) return {f.dossier.competent_agency, IssuedBy::agency};
  const auth::User& u = it->second;
  return {u.agency_code,
          u.role == auth::Role::receiver ? IssuedBy::one_stop_desk : IssuedBy::agency};
}

// How the person who did the act signs a paper issued in the agency's name.
std::string signer_title_of(const FormData& f, const dossier::DossierEvent& e) {
  auto it = f.users.find(e.actor);
  if (it == f.users.end()) return "Người xử lý hồ sơ";
  switch (it->second.role) {
    case auth::Role::receiver:
      return "Người tiếp nhận hồ sơ";
    case auth::Role::leader:
    case auth::Role::manager:
      return "Thủ trưởng cơ quan";
    default:
      return "Người xử lý hồ sơ";
  }
}

}  // namespace

Result<ProcessControl> WorkflowService::process_control(const auth::User& user,
                                                        const std::string& code) {
  auto data = load_form_data(db_, user, code);
  if (!data.ok()) return data.error();
  auto cal = calendars_(data->dossier.receiving_agency);
  if (!cal.ok()) return cal.error();
  return handoffs_of(*data, **cal);
}

Result<std::string> WorkflowService::form_pdf(const auth::User& user, const std::string& code,
                                              const std::string& form) {
  auto data = load_form_data(db_, user, code);
  if (!data.ok()) return data.error();
  FormData& f = *data;
  const dossier::Dossier& d = f.dossier;
  const auto letterhead = [this](const std::string& agency, IssuedBy by, TimePoint at) {
    return db_.read<render::Letterhead>(
        [&](store::SqlConnection& c) { return load_letterhead(c, agency, by, at); });
  };
  // Circular 03/2025 numbers the forms: 05 the stop notice ("stop" stays as an alias), 06 the
  // process control sheet (05 under Circular 01/2018).
  if (form == "06") {
    auto cal = calendars_(d.receiving_agency);
    if (!cal.ok()) return cal.error();
    // Opened by the receiving desk when it received the dossier.
    auto head = letterhead(d.receiving_agency, IssuedBy::one_stop_desk, d.received_at);
    if (!head.ok()) return head.error();
    return process_control_sheet_pdf(f, **cal, *head);
  }
  if (form == "02") {
    const auto* e = last_event(f, dossier::EventKind::request_supplement);
    if (!e) return form_missing(form, "supplement request");
    const auto& det = details_of(f, *e);
    const auto [issuer, by] = issuer_of(f, *e);
    auto head = letterhead(issuer, by, e->at);
    if (!head.ok()) return head.error();
    render::SupplementRequestView v;
    v.letterhead = std::move(*head);
    fill_applicant_part(v, f);
    for (const auto& i : det.items) v.items.push_back({i.content, i.reason});
    if (v.items.empty()) v.items.push_back({det.reason.value_or(""), ""});
    v.officer_name = user_name(f, e->actor);
    return render::supplement_request_pdf(v);
  }
  if (form == "05" || form == "stop") {
    // Circular 03/2025's notice that processing stops, here for a withdrawal at the
    // applicant's request (the one stop the workflow knows).
    const auto* e = last_event(f, dossier::EventKind::withdraw);
    if (!e) return form_missing(form, "withdrawal");
    // Processing stops at the competent agency, which gives notice in its own name.
    auto head = letterhead(d.competent_agency, IssuedBy::agency, e->at);
    if (!head.ok()) return head.error();
    render::StopNoticeView v;
    v.letterhead = std::move(*head);
    v.applicant_name = d.applicant.full_name;
    v.applicant_address = d.applicant.address;
    v.dossier_code = d.code;
    v.procedure_name = d.procedure_name;
    v.received_at = render::vietnamese_time_text(d.received_at);
    const std::string why = details_of(f, *e).reason.value_or("");
    v.reason = "Ông/Bà đã đề nghị rút hồ sơ vào " + render::vietnamese_time_text(e->at) + "." +
               (why.empty() ? std::string{} : "\nLý do: " + why + ".");
    v.disposition = "Hồ sơ được trả lại cho Ông/Bà tại Bộ phận Một cửa.";
    // Signed by the head of the agency, whom the system does not know: the name is left to
    // be written under the signature, not filled with the desk officer's.
    return render::stop_notice_pdf(v);
  }
  if (form == "03") {
    const auto* e = last_event(f, dossier::EventKind::refuse);
    if (!e) return form_missing(form, "refusal");
    const auto [issuer, by] = issuer_of(f, *e);
    auto head = letterhead(issuer, by, e->at);
    if (!head.ok()) return head.error();
    render::RefusalView v;
    v.letterhead = std::move(*head);
    fill_applicant_part(v, f);
    v.reason = details_of(f, *e).reason.value_or("");
    v.signer_title = signer_title_of(f, *e);
    v.signer_name = user_name(f, e->actor);
    return render::refusal_pdf(v);
  }
  const auto* e = last_event(f, dossier::EventKind::apologize);
  if (!e) return form_missing(form, "apology");
  const auto& det = details_of(f, *e);
  // The competent agency apologises and asks for the new time (Decree 61/2018 Art. 19(9)).
  auto head = letterhead(d.competent_agency, IssuedBy::agency, e->at);
  if (!head.ok()) return head.error();
  render::ApologyView v;
  v.edition = render::form_edition(d.received_at);
  v.letterhead = std::move(*head);
  v.applicant_name = d.applicant.full_name;
  v.received_date = render::date_text(d.received_at);
  v.dossier_code = d.code;
  v.procedure_name = d.procedure_name;
  v.original_due_at = det.original_due_at ? render::vietnamese_time_text(*det.original_due_at) : "";
  v.new_due_at = det.new_due_at ? render::vietnamese_time_text(*det.new_due_at) : "";
  v.reason = det.reason.value_or("");
  v.signer_name = user_name(f, e->actor);
  return render::apology_pdf(v);
}

}  // namespace motcua::service
