#pragma once
// Messages to the applicant about their dossier: the apology with its new appointment
// (Decree 61/2018 Art. 19(9)), a supplement request, a refusal, a result ready to collect, a
// pause and its end (issue 10: a pause is never silent).
// They wait in an outbox until a delivery gateway (SMS, e-mail) reports them sent; the public
// status page shows them at once, so no message depends on a gateway being configured.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/dossier/event_kind.hpp"

namespace motcua::notification {

enum class Kind { apology, supplement_request, refusal, result_ready, pause, resume };
// Every kind, in order (for parsing stored names).
inline constexpr Kind kAllKinds[] = {Kind::apology, Kind::supplement_request,
                                     Kind::refusal, Kind::result_ready,
                                     Kind::pause,   Kind::resume};
std::string_view to_string(Kind kind);
// The kind of message an event of the history owes the applicant, if any.
std::optional<Kind> kind_for_event(dossier::EventKind event);

enum class Channel { sms, email };
std::string_view to_string(Channel channel);

enum class DeliveryStatus { queued, sent, failed };
std::string_view to_string(DeliveryStatus status);
bool parse_delivery_status(std::string_view text, DeliveryStatus& out);

// What a message says, already worded for print (times as "17 giờ 00 phút, ngày 11/03/2026").
struct MessageFacts {
  std::string dossier_code;
  std::string applicant_name;
  std::string procedure_name;
  std::string agency_name;         // the agency speaking to the applicant
  std::string reason;              // apology, refusal, pause (the officer's own words)
  std::string pause_reason;        // pause: the listed reason, in Vietnamese
  bool stops_clock = false;        // pause: whether the paused time is left out of the limit
  std::string due;                 // pause, resume: the appointment in force after the action
  std::string original_due;        // apology: the appointment that was missed
  std::string new_due;             // apology: the new appointment
  std::vector<std::string> items;  // supplement: what to bring
  std::string deadline;            // supplement: by when
};

struct Message {
  std::string subject;  // e-mail subject; one line
  std::string body;     // Vietnamese, with diacritics
};

Message compose(Kind kind, const MessageFacts& facts);

// What the public status page says of a message: no name and no free-text reason, since the
// page is open to anyone holding the code and four digits of the phone (DESIGN.md §5); the
// full message went to the applicant's own phone or mailbox.
std::string public_summary(Kind kind);

struct Notification {
  std::string id;  // "<event seq>-<channel>": one message per event and channel
  std::string dossier_code;
  std::string agency_code;  // the receiving agency, whose staff see its outbox
  std::int64_t event_seq = 0;
  Kind kind = Kind::apology;
  Channel channel = Channel::sms;
  std::string recipient;  // phone number or e-mail address
  Message message;
  DeliveryStatus status = DeliveryStatus::queued;
  TimePoint created_at{};
  std::optional<TimePoint> updated_at;
  int attempts = 0;
  std::string last_error;
};

// One notification per channel the applicant can be reached on (SMS to the phone always,
// e-mail when an address was given).
std::vector<Notification> notifications_for(Kind kind, const MessageFacts& facts,
                                            const std::string& phone, const std::string& email);

}  // namespace motcua::notification
