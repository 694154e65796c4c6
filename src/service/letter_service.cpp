#include "motcua/service/letter_service.hpp"

#include <chrono>
#include <map>
#include <stdexcept>

#include "dossier_scope.hpp"
#include "motcua/common/embedded.hpp"
#include "motcua/common/time.hpp"
#include "motcua/render/form_text.hpp"
#include "motcua/service/letterheads.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/user_repository.hpp"

namespace motcua::service {

namespace {

render::LetterKind parse_kind(std::string_view text) {
  using render::LetterKind;
  if (text == "birth_congratulation") return LetterKind::birth_congratulation;
  if (text == "marriage_congratulation") return LetterKind::marriage_congratulation;
  if (text == "death_condolence") return LetterKind::death_condolence;
  throw std::logic_error("letters/procedures.tsv: unknown letter kind " + std::string(text));
}

std::map<std::string, render::LetterKind> load_letter_table() {
  auto text = embedded::find("letters/procedures.tsv");
  if (!text) throw std::logic_error("letters/procedures.tsv is not embedded");
  std::map<std::string, render::LetterKind> out;
  std::string_view rest = *text;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) throw std::logic_error("letters/procedures.tsv: no tab");
    out.emplace(std::string(line.substr(0, tab)), parse_kind(line.substr(tab + 1)));
  }
  return out;
}

bool complete(dossier::DossierStatus s) {
  return s == dossier::DossierStatus::result_ready || s == dossier::DossierStatus::returned;
}

}  // namespace

std::optional<render::LetterKind> letter_for_procedure(const std::string& procedure_code) {
  static const std::map<std::string, render::LetterKind> table = load_letter_table();
  auto it = table.find(procedure_code);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

Result<std::string> LetterService::letter_pdf(const auth::User& user, const std::string& code,
                                              const LetterRequest& request) {
  if (request.subject_name.empty())
    return make_error(ErrorCode::invalid, "letter.subject_name",
                      "name the person the letter is about (subject_name)",
                      "cần ghi tên người được nói tới trong thư (subject_name)", "subject_name");
  const TimePoint now = clock_.now();
  return db_.read<std::string>([&](store::SqlConnection& c) -> Result<std::string> {
    auto found = store::find_dossier(c, code);
    if (!found.ok()) return found.error();
    if (!found->has_value())
      return make_error(ErrorCode::not_found, "dossier.not_found", "no dossier " + code,
                        "không có hồ sơ " + code);
    const dossier::Dossier& d = **found;
    auto in_scope = dossier_in_scope(c, user, d);
    if (!in_scope.ok()) return in_scope.error();
    if (!*in_scope) return out_of_scope();
    const auto kind = letter_for_procedure(d.procedure_code);
    if (!kind)
      return make_error(ErrorCode::not_found, "letter.none",
                        "procedure " + d.procedure_code + " is not sent with a letter",
                        "thủ tục " + d.procedure_code + " không có thư gửi kèm kết quả");
    if (!complete(d.status))
      return make_error(ErrorCode::conflict, "letter.not_complete",
                        "the letter is sent once the registration is complete",
                        "thư chỉ được gửi khi việc đăng ký đã hoàn tất", "code");
    auto events = store::dossier_events(c, code);
    if (!events.ok()) return events.error();
    const dossier::DossierEvent* signed_event = nullptr;
    for (const auto& e : *events)
      if (e.kind == dossier::EventKind::sign) signed_event = &e;

    render::LetterView v;
    v.kind = *kind;
    // The competent agency writes, in its own name (issue 10 point 6); a letter is dated the day
    // it is written, not the day of the registration it follows.
    auto head = load_letterhead(c, d.competent_agency, IssuedBy::agency, now);
    if (!head.ok()) return head.error();
    v.letterhead = std::move(*head);
    v.recipient_name =
        request.recipient_name.empty() ? "Ông/Bà " + d.applicant.full_name : request.recipient_name;
    v.recipient_address = d.applicant.address;
    v.subject_name = request.subject_name;
    v.event_date = !request.event_date.empty() ? request.event_date
                   : signed_event              ? render::date_text(signed_event->at)
                                               : render::date_text(d.finished_at.value_or(now));
    v.signer_title = "TM. Ủy ban nhân dân";
    if (signed_event) {
      auto signer = store::find_user(c, signed_event->actor);
      if (!signer.ok()) return signer.error();
      v.signer_name = signer->has_value() ? (*signer)->user.full_name : signed_event->actor;
    }
    return render::letter_pdf(v);
  });
}

}  // namespace motcua::service
