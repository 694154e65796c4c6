// Form 07: the tracking book of a receiving agency (Circular 03/2025/TT-VPCP; form 06 of
// Circular 01/2018/TT-VPCP), one row per dossier received, in order.
#include "motcua/service/tracking_book_service.hpp"

#include <map>

#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/render/form_text.hpp"
#include "motcua/render/tracking_book.hpp"
#include "motcua/service/letterheads.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/xlsx/workbook.hpp"

namespace motcua::service {

namespace {

using std::chrono::year_month_day;

TimePoint start_of(year_month_day day) { return from_local(std::chrono::local_days{day}); }

TimePoint start_of_year(TimePoint t) {
  const year_month_day ymd{std::chrono::floor<std::chrono::days>(to_local(t))};
  return start_of(ymd.year() / std::chrono::January / 1);
}

std::string tracking_book_day_text(year_month_day d) { return render::date_text(start_of(d)); }

Error invalid_period(const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "tracking_book.period", en, vi, "to");
}

// What the note column says of a dossier that did not run its normal course.
std::string status_note(const dossier::Dossier& d) {
  switch (d.status) {
    case dossier::DossierStatus::refused:
      return "Từ chối giải quyết";
    case dossier::DossierStatus::withdrawn:
      return "Rút hồ sơ, dừng giải quyết";
    case dossier::DossierStatus::supplement_requested:
      return "Chờ bổ sung hồ sơ";
    case dossier::DossierStatus::paused:
      return "Tạm dừng giải quyết";
    default:
      return "";
  }
}

}  // namespace

Result<BookEntry> book_entry(store::SqlConnection& c, const dossier::Dossier& d) {
  auto before =
      store::dossiers_received_before(c, d.receiving_agency, start_of_year(d.received_at), d);
  if (!before.ok()) return before.error();
  const year_month_day ymd{std::chrono::floor<std::chrono::days>(to_local(d.received_at))};
  return BookEntry{int(ymd.year()), *before + 1};
}

struct TrackingBookService::Book {
  render::Letterhead letterhead;
  std::string volume;
  std::string period;
  std::vector<std::vector<std::string>> rows;
};

Result<TrackingBookService::Book> TrackingBookService::load(const auth::User& user,
                                                            const std::string& agency,
                                                            year_month_day from, year_month_day to,
                                                            const std::string& client_address) {
  // The book is the desk's own register: its staff keep and read it, receivers included;
  // other agencies' staff see their own books.
  if (user.agency_code != agency)
    return make_error(ErrorCode::forbidden, "tracking_book.forbidden",
                      "the tracking book of " + agency + " is open to its own staff only",
                      "sổ theo dõi hồ sơ của " + agency + " chỉ dành cho cán bộ của cơ quan đó");
  if (!from.ok() || !to.ok() || to < from)
    return invalid_period("to must be a day on or after from",
                          "ngày kết thúc (to) phải từ ngày bắt đầu (from) trở đi");
  const auto days = (std::chrono::sys_days{to} - std::chrono::sys_days{from}).count() + 1;
  if (days > kTrackingBookMaxDays)
    return invalid_period(
        "the period may cover at most " + std::to_string(kTrackingBookMaxDays) + " days",
        "kỳ in sổ tối đa " + std::to_string(kTrackingBookMaxDays) + " ngày");
  const TimePoint begin = start_of(from);
  const TimePoint end = start_of(year_month_day{std::chrono::sys_days{to} + std::chrono::days{1}});

  std::vector<dossier::Dossier> dossiers;
  auto book = db_.read<Book>([&](store::SqlConnection& c) -> Result<Book> {
    auto found = store::dossiers_received(c, agency, begin, end, kTrackingBookMaxRows + 1);
    if (!found.ok()) return found.error();
    if (found->size() > size_t(kTrackingBookMaxRows))
      return invalid_period("more than " + std::to_string(kTrackingBookMaxRows) +
                                " dossiers in the period: choose a shorter one",
                            "kỳ in sổ có quá " + std::to_string(kTrackingBookMaxRows) +
                                " hồ sơ: hãy chọn kỳ ngắn hơn");
    dossiers = std::move(*found);
    Book b;
    auto head = load_letterhead(c, agency, IssuedBy::one_stop_desk, std::nullopt);
    if (!head.ok()) return head.error();
    b.letterhead = std::move(*head);
    b.period =
        "Từ ngày " + tracking_book_day_text(from) + " đến ngày " + tracking_book_day_text(to);
    std::map<std::string, std::string> names;  // agency code → name
    std::map<int, long long> next_entry;       // volume → number of the next row
    std::string volumes;
    for (const auto& d : dossiers) {
      const year_month_day ymd{std::chrono::floor<std::chrono::days>(to_local(d.received_at))};
      const int volume = int(ymd.year());
      auto it = next_entry.find(volume);
      if (it == next_entry.end()) {
        auto first = book_entry(c, d);
        if (!first.ok()) return first.error();
        it = next_entry.emplace(volume, first->number).first;
        volumes += (volumes.empty() ? "" : ", ") + std::to_string(volume);
      }
      const long long number = it->second++;
      if (!names.count(d.competent_agency)) {
        auto a = store::find_agency(c, d.competent_agency);
        if (!a.ok()) return a.error();
        names[d.competent_agency] = a->has_value() ? (*a)->name : d.competent_agency;
      }
      auto events = store::dossier_events(c, d.code);
      if (!events.ok()) return events.error();
      std::string transferred, result_received, returned;
      for (const auto& e : *events) {
        auto det = dossier::parse_details(e.details);
        if (!det.ok())
          return make_error(ErrorCode::internal, "dossier.event_unreadable",
                            "event " + std::to_string(e.seq) + " of dossier " + d.code +
                                " has details that do not parse: " + det.error().message,
                            "không đọc được chi tiết sự kiện của hồ sơ " + d.code);
        // Handed to another agency: at reception when the first step is elsewhere (online
        // and inter-agency dossiers), else at the first move to another agency's queue.
        const auto& to_agency = dossier::is_reception(e.kind) ? det->step_agency : det->to_agency;
        if (transferred.empty() && to_agency && !to_agency->empty() &&
            *to_agency != d.receiving_agency)
          transferred = render::short_time_text(e.at);
        if (e.kind == dossier::EventKind::result_ready)
          result_received = render::short_time_text(e.at);
        if (e.kind == dossier::EventKind::return_result) returned = render::short_time_text(e.at);
      }
      std::string contact = d.applicant.address;
      if (!d.applicant.phone.empty())
        contact += (contact.empty() ? "" : "; ") + std::string("ĐT: ") + d.applicant.phone;
      b.rows.push_back({std::to_string(number), d.code, d.procedure_name, "01",
                        d.applicant.full_name, contact, names[d.competent_agency],
                        render::short_time_text(d.received_at), render::short_time_text(d.due_at),
                        transferred, result_received, returned, "", status_note(d)});
    }
    b.volume = "Quyển số: " + (volumes.empty() ? std::to_string(int(from.year())) : volumes);
    return b;
  });
  if (!book.ok()) return book.error();
  // The book shows each applicant's address and phone: every listed dossier counts as read.
  const TimePoint now = clock_.now();
  if (!dossiers.empty())
    MOTCUA_TRY(db_.write([&](store::SqlConnection& c) -> Status {
      for (const auto& d : dossiers)
        MOTCUA_TRY(store::record_dossier_read(
            c, {now, user.username, d.code, "tracking_book", client_address, {}}));
      return ok_status();
    }));
  return book;
}

Result<std::string> TrackingBookService::pdf(const auth::User& user, const std::string& agency,
                                             year_month_day from, year_month_day to,
                                             const std::string& client_address) {
  auto book = load(user, agency, from, to, client_address);
  if (!book.ok()) return book.error();
  render::TrackingBookView v;
  v.letterhead = std::move(book->letterhead);
  v.title =
      render::form_title(render::FormKind::tracking_book, render::form_edition(start_of(from)));
  v.volume = std::move(book->volume);
  v.period = std::move(book->period);
  v.rows = std::move(book->rows);
  return render::tracking_book_pdf(v);
}

Result<std::string> TrackingBookService::xlsx(const auth::User& user, const std::string& agency,
                                              year_month_day from, year_month_day to,
                                              const std::string& client_address) {
  auto book = load(user, agency, from, to, client_address);
  if (!book.ok()) return book.error();
  xlsx::SheetView v;
  v.sheet_name = "Sổ theo dõi hồ sơ";
  v.title =
      render::form_title(render::FormKind::tracking_book, render::form_edition(start_of(from)));
  v.author = book->letterhead.agency;
  if (!book->letterhead.parent_agency.empty())
    v.heading.push_back(render::to_upper_vi(book->letterhead.parent_agency));
  v.heading.push_back(render::to_upper_vi(book->letterhead.agency));
  v.heading.push_back(render::to_upper_vi(v.title));
  v.heading.push_back(book->volume);
  v.heading.push_back(book->period);
  // Excel widths in characters: about 250 characters across A4 landscape at 8 pt.
  for (const auto& c : render::tracking_book_columns())
    v.columns.push_back({c.header, c.width_fraction * 250});
  v.rows = std::move(book->rows);
  return xlsx::workbook_bytes(v);
}

}  // namespace motcua::service
