#pragma once
// When a dossier is due, and why: every rule that sets or moves one of its due times, with
// the article it follows. The calendar arithmetic itself (working days, office hours,
// holidays) is calendar/working_calendar.hpp's; these functions decide which arithmetic the
// law asks for. rules.hpp applies them; tests/data/workflow/rules.tsv tests them through it.
#include <cstdint>
#include <optional>
#include <vector>

#include "motcua/calendar/processing_time.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/catalog/procedure.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/dossier.hpp"

namespace motcua::dossier {

// The appointment printed on the receipt (Form 01): the processing time counted from the
// moment of receipt on the receiving agency's calendar (Decree 61/2018 Art. 18(1); Civil Code
// 2015 Art. 147-148 for day-based limits, DOMAIN.md §4).
TimePoint appointment_at_reception(TimePoint received_at, const calendar::ProcessingTime& limit,
                                   const calendar::WorkingCalendar& cal);

// When the officers who process a dossier receive it: a paper dossier (counter, post)
// received after 15:00:00 at the next opening, anything else at once (Art. 18(2)). The first
// step's allowance counts from then; the appointment does not move.
TimePoint first_step_start(TimePoint received_at, catalog::Channel channel,
                           const calendar::WorkingCalendar& cal);

// A step's deadline: its start plus its allowance in working hours, never later than the
// dossier's appointment; no allowance of its own = due with the dossier (Art. 19(6)).
TimePoint step_deadline(TimePoint start, double allowance_hours, TimePoint dossier_due,
                        const calendar::WorkingCalendar& cal);

// The last moment a supplement may be asked: 3 working days after receipt (Art. 19(4),
// kept by Decree 118/2025).
TimePoint supplement_request_deadline(TimePoint received_at, const calendar::WorkingCalendar& cal);

// The new appointment when the complete dossier comes back: the processing time starts
// again from zero (Art. 19(4)). It is also the statutory appointment from then on.
TimePoint restarted_appointment(TimePoint complete_at, const calendar::ProcessingTime& limit,
                                const calendar::WorkingCalendar& cal);

// Whether an apology made at `at` is timely: made at the latest on the working day before
// the day the dossier is due (Art. 19(9): "chậm nhất 01 ngày trước ngày hết hạn").
bool apology_timely(TimePoint at, TimePoint due, const calendar::WorkingCalendar& cal);

// A due time after a lawful pause from `paused_at` to `resumed_at`: the office time paused is
// not counted, so the due time moves on by it.
TimePoint due_after_pause(TimePoint due, TimePoint paused_at, TimePoint resumed_at,
                          const calendar::WorkingCalendar& cal);

// The outcome of a dossier finished at `finished_at` against its statutory appointment
// (DOMAIN.md §3 motcua rule: early = a working day before the due day for day-based limits,
// one working hour before for hour-based ones; on time = by the due time; late = after).
calendar::Outcome outcome_of(TimePoint finished_at, TimePoint statutory_due,
                             const std::optional<calendar::ProcessingTime>& limit,
                             const calendar::WorkingCalendar& cal);

// The office time a finished dossier was processed in, against the office time the law
// allowed it (issue 12: processing time against the statutory time). `used` counts only while
// the clock ran: from receipt to the finish, less the applicant's supplement time and lawful
// pauses that stop the clock (Art. 19(4); Decree 118/2025's pause list). `allowed` is the
// statutory limit as office time on the receiving agency's calendar, counted from receipt;
// none for a procedure without a stated limit. `supplement_wait` is the office time spent
// waiting for the applicant's supplements (until `finished_at` when one is still awaited).
struct ProcessingSeconds {
  std::int64_t used = 0;
  std::optional<std::int64_t> allowed;
  std::int64_t supplement_wait = 0;
};
ProcessingSeconds processing_seconds(const std::vector<DossierEvent>& history,
                                     TimePoint finished_at,
                                     const std::optional<calendar::ProcessingTime>& limit,
                                     const calendar::WorkingCalendar& cal);

}  // namespace motcua::dossier
