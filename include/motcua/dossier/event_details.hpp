#pragma once
// The facts an event records beyond its columns, as one typed value. Stored as a JSON object
// (the event's `details` column, covered by its hash) whose keys are these members' names;
// a member left empty is left out. Reading tolerates older events that lack a key.
#include <optional>
#include <string>
#include <vector>

#include "motcua/calendar/processing_time.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/common/result.hpp"

namespace motcua::dossier {

// One line of a supplement request (Form 02): what to bring, and why.
struct SupplementItem {
  std::string content;
  std::string reason;
};

struct EventDetails {
  // Where the dossier was and where it went.
  std::optional<std::string> step;         // the step the action was taken in
  std::optional<std::string> to_step;      // the step it left the dossier in
  std::optional<std::string> step_agency;  // reception: the first step's agency
  std::optional<std::string> from_agency;  // a handoff: the agency that gave it
  std::optional<std::string> to_agency;    // the agency whose queue received it
  std::optional<std::string> to_role;
  std::optional<std::string> from_assignee;
  std::optional<std::string> assignee;
  std::optional<TimePoint> step_due_at;      // the deadline of the step it is now in
  std::optional<TimePoint> step_due_before;  // a consultation: the step's deadline before it
  std::optional<TimePoint> answer_due_at;    // a consultation: when the opinion is due
  // Reception.
  std::optional<std::string> procedure_code;
  std::optional<int> procedure_version;
  std::optional<std::string> channel;
  std::optional<std::string> receiving_agency;
  std::optional<std::string> competent_agency;
  // Reception of a procedure on the province's boundary-free list with the competent agency
  // named by the desk (Decree 118/2025).
  std::optional<bool> boundary_free;
  std::optional<int> process_version;
  std::optional<std::string> process_fallback;  // why a stored process was set aside
  std::optional<calendar::ProcessingTime> processing_time;
  // Appointments.
  std::optional<TimePoint> due_at;            // the appointment after the action
  std::optional<TimePoint> previous_due_at;   // the appointment before it
  std::optional<TimePoint> original_due_at;   // an apology: the appointment it moved
  std::optional<TimePoint> new_due_at;        // an apology: the new appointment
  std::optional<TimePoint> statutory_due_at;  // a finish: what the outcome is judged against
  std::optional<TimePoint> paused_at;
  std::optional<std::string> reason_code;  // a pause, and its resume: why (pause_reasons.hpp)
  std::optional<bool> stops_clock;         // whether that reason stops the clock
  std::optional<bool> late;                // an apology made after the due time
  std::optional<bool> timely;              // an apology made in time (Art. 19(9))
  std::optional<calendar::Outcome> outcome;
  std::optional<calendar::Outcome> outcome_against_new_appointment;
  // A judged finish: office seconds the clock ran, and those the statutory limit allowed
  // (due_times.hpp processing_seconds).
  std::optional<int> processing_seconds;
  std::optional<int> allowed_seconds;
  // The officer's words and acts.
  std::optional<std::string> reason;
  std::vector<SupplementItem> items;
  std::optional<std::string> approved_by;
  std::optional<std::string> signed_by;
  std::optional<std::string> method;  // return: counter, postal or online
  std::optional<std::string> tracking_number;
  std::optional<std::string> notification;  // "queued" when the applicant is told
  // Online submission (issue 11).
  std::optional<std::string> notice_id;    // not_received: the reception notice's id
  std::optional<std::string> notice_kind;  // not_received: supplement | refusal
  std::optional<int> uploads;              // submit_online: how many files were uploaded
  // rated: the level's code (rating_levels.tsv), machine-readable for the satisfaction index
  std::optional<std::string> rating;
  // personal_data_erased (erasure.hpp): how much, on which ground (a competent agency's
  // decision named), how many uploaded files and how many events' free text (history.hpp)
  // went with it.
  std::optional<std::string> erased_scope;
  std::optional<std::string> erasure_ground;
  std::optional<std::string> decision;
  std::optional<int> uploads_removed;
  std::optional<int> texts_erased;
};

// The JSON object text stored in the event (keys sorted, so the text is canonical).
std::string details_text(const EventDetails& d);
// Parses a stored details text; an error when it is not a JSON object.
Result<EventDetails> parse_details(std::string_view text);

}  // namespace motcua::dossier
