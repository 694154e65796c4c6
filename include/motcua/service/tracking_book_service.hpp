#pragma once
// Form 07, the tracking book (Sổ theo dõi hồ sơ) of a receiving agency, as PDF and XLSX, and
// each dossier's volume and entry number in it, printed on its receipt.
#include <chrono>
#include <string>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

// Where a dossier stands in its agency's book: "Quyển số" and "Số thứ tự" on the receipt.
struct BookEntry {
  int volume = 0;        // the year of reception
  long long number = 0;  // 1 for the agency's first dossier of that year
};

// motcua rule: form 01 of Circular 01/2018/TT-VPCP (kept by Circular 03/2025) prints "Vào Sổ
// theo dõi hồ sơ, Quyển số: …, Số thứ tự: …", and the book is a form of its own (06 of
// 01/2018, 07 of 03/2025), but neither says how volumes and entries are numbered. So each
// receiving agency keeps one book per calendar year (Vietnam time): the volume is the year and
// the entries are numbered from 1 in order of reception (time, then the code's day sequence).
// The number is derived from facts that never change (the agency, the reception time and the
// code; dossiers are never deleted), so it is the same whenever it is printed.
Result<BookEntry> book_entry(store::SqlConnection& c, const dossier::Dossier& d);

// Longest period one book print covers, and most rows it holds.
inline constexpr int kTrackingBookMaxDays = 366;
inline constexpr int kTrackingBookMaxRows = 5000;

class TrackingBookService {
 public:
  TrackingBookService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The dossiers `agency` received from `from` to `to` (days, both included), one row each,
  // for the agency's own staff (any role, receivers included): forbidden for anyone else.
  // Invalid, naming "to", when `to` is before `from`, the period is longer than
  // kTrackingBookMaxDays or it holds more than kTrackingBookMaxRows dossiers. Every dossier
  // listed is recorded as read by the user (purpose "tracking_book"): the book shows the
  // applicants' addresses and phones.
  Result<std::string> pdf(const auth::User& user, const std::string& agency,
                          std::chrono::year_month_day from, std::chrono::year_month_day to,
                          const std::string& client_address);
  Result<std::string> xlsx(const auth::User& user, const std::string& agency,
                           std::chrono::year_month_day from, std::chrono::year_month_day to,
                           const std::string& client_address);

 private:
  struct Book;
  Result<Book> load(const auth::User& user, const std::string& agency,
                    std::chrono::year_month_day from, std::chrono::year_month_day to,
                    const std::string& client_address);

  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service
