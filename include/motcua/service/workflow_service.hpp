#pragma once
// Officer work on a dossier after reception: every action goes through the state machine
// (dossier/workflow.hpp), changes the dossier and appends its hash-chained event in one
// write transaction (Decree 61/2018 Art. 18-20 as amended; issue 5).
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/event_kind.hpp"
#include "motcua/dossier/process_definition.hpp"
#include "motcua/dossier/rules.hpp"
#include "motcua/dossier/workflow.hpp"
#include "motcua/service/calendar_lookup.hpp"
#include "motcua/store/consultation_repository.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/queue_repository.hpp"

namespace motcua::service {

struct QueueItem {
  dossier::Dossier dossier;
  std::int64_t remaining_minutes = 0;  // working minutes left until step_due_at (or due_at)
  std::int64_t overdue_minutes = 0;    // working minutes past it
  bool warning = false;                // within one working day of the due time (Art. 19(9))
  // The dossier's most recent opinion asked of another agency (Art. 19(5)), if any, and
  // whether its answer came, or is still awaited, past its due time.
  std::optional<store::ConsultationRow> consultation;
  bool consultation_late = false;
};

// A consultation answered late (or still unanswered past its due time), for the head of the
// one-stop department (Decree 61/2018 Art. 19(5)).
struct LateConsultation {
  store::ConsultationRow row;
  bool answered = false;
  std::int64_t late_minutes = 0;  // working minutes from the due time to the answer (or now)
};
struct LateConsultationReport {
  std::string agency_code;
  std::string from, to;  // ISO: the due times covered, [from, to)
  std::vector<LateConsultation> items;
  std::optional<store::PageKey> next;
};

struct QueuePage {
  std::vector<QueueItem> items;
  int limit = 50;
  int offset = 0;
  std::optional<store::PageKey> next;  // where the next page starts; none at the end
};

// A late dossier of the apology report.
struct LateDossier {
  std::string code;
  std::string status;
  std::string due_at;                // ISO, as stored
  std::string statutory_due_at;      // ISO, as stored
  std::int64_t overdue_minutes = 0;  // working minutes from the statutory time to the decision
};

// Art. 19(9): the agency's late dossiers without an apology, and on the first page the counts
// of the period.
struct ApologyReport {
  std::string agency_code;
  std::vector<LateDossier> without_apology;
  int limit = 50;
  struct Counts {
    std::string from, to;  // ISO: the statutory appointments counted fell between them
    std::int64_t late = 0;
    std::int64_t with_apology = 0;
    double coverage = 1.0;  // with_apology / late; 1 when none is late
  };
  std::optional<Counts> counts;        // only on the first page
  std::optional<store::PageKey> next;  // the key of the page's last row when more follow
};

// Form 05 (Circular 01/2018) as data: each handoff of the dossier with the facts behind it.
struct Handoff {
  dossier::EventKind kind = dossier::EventKind::receive;  // the event that handed it on
  std::string giver_agency;  // the agency whose step ended: the one to blame when late
  std::string giver_unit, giver_name, receiver_unit, receiver_name;
  TimePoint at{};
  std::optional<TimePoint> step_deadline;
  std::optional<calendar::Outcome> result;  // none while the step had no deadline
};
struct ProcessControl {
  std::string code;
  TimePoint received_at{};
  TimePoint due_at{};
  std::string lead_agency;
  std::vector<Handoff> handoffs;
};

class WorkflowService {
 public:
  // Deadlines of a dossier follow its receiving agency's calendar, as its appointment did.
  WorkflowService(store::Database& db, const Clock& clock,
                  CalendarLookup calendars = standard_calendars())
      : db_(db), clock_(clock), calendars_(std::move(calendars)) {}

  // Performs `action` as `user`: loads the dossier and what its rules need, applies
  // dossier::apply (rules.hpp), and stores the changed dossier with its event (and the
  // applicant's messages) in one transaction. 403 for a role that may never take it, 409
  // (field "action") naming the allowed actions when the state does not allow it. A change by
  // someone else in between is retried on the fresh dossier.
  Result<dossier::Dossier> perform(const auth::User& user, const std::string& code,
                                   dossier::Action action, dossier::ActionInput input);

  // What `user` may do now on `d` (empty outside the user's agency): the state machine's
  // answer narrowed by the step of the dossier's process definition. An error when the
  // dossier's calendar or process definition cannot be read.
  Result<std::vector<dossier::Action>> allowed_for(const auth::User& user,
                                                   const dossier::Dossier& d) const;

  // Dossiers waiting in the user's agency and role (an admin sees the whole agency), by step
  // due time: `limit` of them after `after` (from the start when none), skipping `offset`
  // more. O(limit + offset) whatever the number of dossiers.
  Result<QueuePage> queue(const auth::User& user, int limit,
                          const std::optional<store::PageKey>& after = std::nullopt,
                          int offset = 0);

  // Dossiers paused at the user's agency (issue 10: a pause never hides lateness, and leaders
  // see every one): each with how long it has been paused in working minutes, and the counts
  // by reason on the first page.
  struct PausedItem {
    dossier::Dossier dossier;
    std::int64_t paused_minutes = 0;
  };
  struct PausedReport {
    std::vector<PausedItem> items;
    std::vector<std::pair<std::string, std::int64_t>> counts;  // first page only
    std::optional<store::PageKey> next;
  };
  Result<PausedReport> paused_report(const auth::User& user, int limit,
                                     const std::optional<store::PageKey>& after);

  // Art. 19(9): every late dossier needs an apology. The agency's late dossiers without one
  // (`limit` after `after`, by statutory appointment, however old) and, on the first page (no
  // `after`), for the dossiers whose statutory appointment fell between `from` (default: the
  // start of the current month) and now: how many are late and the share that have an
  // apology.
  Result<ApologyReport> apology_report(const auth::User& user, int limit = 50,
                                       const std::optional<store::PageKey>& after = std::nullopt,
                                       std::optional<TimePoint> from = std::nullopt);

  // Consultations of `agency` (default: the user's own; it or an agency below the user's) that
  // were answered late or are unanswered past their due time, with a due time in [from, to)
  // (defaults: the start of this month, now), by due time: leaders, managers, admins and
  // inspectors only (403 otherwise; 403 naming "agency" for an agency outside the user's).
  Result<LateConsultationReport> late_consultations(const auth::User& user,
                                                    const std::string& agency,
                                                    std::optional<TimePoint> from,
                                                    std::optional<TimePoint> to, int limit,
                                                    const std::optional<store::PageKey>& after);

  // Forms 02-05 of a dossier as PDF ("02", "03", "04", "05"), and "stop": the notice that
  // processing stops (Circular 03/2025) after a withdrawal.
  Result<std::string> form_pdf(const auth::User& user, const std::string& code,
                               const std::string& form);
  // Form 05 as data: each handoff early/on_time/late, with the agency to blame when late.
  Result<ProcessControl> process_control(const auth::User& user, const std::string& code);

 private:
  store::Database& db_;
  const Clock& clock_;
  CalendarLookup calendars_;
};

namespace detail {
// The built-in default with its shares of the dossier's processing time.
dossier::ProcessDefinition default_process_for(const dossier::Dossier& d,
                                               const std::optional<calendar::ProcessingTime>& limit,
                                               const calendar::WorkingCalendar& calendar);
// The process definition `d` follows: the stored version it was received under, or the
// built-in default with its shares of the dossier's processing time (`limit`, or the office
// time between receipt and due time when unknown).
Result<dossier::ProcessDefinition> process_for(store::SqlConnection& c, const dossier::Dossier& d,
                                               const std::optional<calendar::ProcessingTime>& limit,
                                               const calendar::WorkingCalendar& calendar);
}  // namespace detail

}  // namespace motcua::service
