#pragma once
// The statistics' counters (issue 12): what one dossier adds to each day's figures, as a pure
// function of the dossier and its history. The store keeps the sums per agency × procedure ×
// channel × day, changed in the same transaction as the dossier, so a dashboard reads a few
// rows whatever the number of dossiers; `motcua stats rebuild` sums this function over every
// dossier, and `motcua stats verify` checks the kept sums against that.
//
// Two kinds of measure (the table `measures()` says which each is):
//   flow   counted on the day something happened (a reception, a finish, a supplement
//          request…); a period's figure is the sum over its days.
//   stock  a +1 on the day a dossier enters a state and a −1 on the day it leaves it; the
//          figure at the end of day T is the sum over every day up to T. Open dossiers, those
//          waiting for the applicant and those overdue are stocks, so "open at the period's
//          end" needs no scan of the dossiers.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/dossier/dossier.hpp"

namespace motcua::stats {

enum class Measure {
  received,
  withdrawn,
  refused,
  supplement_requests,
  apologies,
  finished_early,
  finished_on_time,
  finished_late,
  finished_on_time_national,  // early or on time as the national index reads it
  finished_late_national,
  late_without_apology,
  refused_at_reception,
  // Processing time of judged finishes whose procedure states a limit (due_times.hpp
  // processing_seconds): how many, their office seconds used and allowed, and a histogram of
  // the hours used in fixed buckets (processing_buckets()), from which p50 / p90 are read.
  timed_finishes,
  processing_seconds,
  allowed_seconds,
  processing_le_1h,
  processing_le_2h,
  processing_le_4h,
  processing_le_8h,
  processing_le_16h,
  processing_le_24h,
  processing_le_40h,
  processing_le_56h,
  processing_le_80h,
  processing_le_120h,
  processing_le_160h,
  processing_le_240h,
  processing_le_400h,
  processing_le_800h,
  processing_over_800h,
  // The applicants' ratings on the day given (issue 11): all, those that count as satisfied,
  // and the dislikes of Decision 766's indicator 5.4 (data/embed/ratings/levels.tsv).
  ratings,
  ratings_satisfied,
  ratings_dissatisfied,
  in_progress,            // stock: received and not finished
  waiting_for_applicant,  // stock: a supplement requested, or paused for the applicant
  overdue,                // stock: past the statutory appointment with the clock running
};
inline constexpr std::size_t kMeasureCount = 36;

enum class MeasureKind { flow, stock };

struct MeasureInfo {
  Measure measure;
  std::string_view name;  // the store's column and the API's field
  MeasureKind kind;
};
// Every measure in enum order.
const std::vector<MeasureInfo>& measures();
std::string_view measure_name(Measure m);

// The histogram of processing hours: each bucket holds the finishes that used more office
// time than the bucket before it and at most `up_to_hours` (none: the last, open bucket).
struct ProcessingBucket {
  Measure measure;
  std::optional<int> up_to_hours;
};
const std::vector<ProcessingBucket>& processing_buckets();

using Counts = std::array<long long, kMeasureCount>;
inline long long& at(Counts& c, Measure m) { return c[std::size_t(m)]; }
inline long long at(const Counts& c, Measure m) { return c[std::size_t(m)]; }
bool all_zero(const Counts& c);

// Which row of counters a dossier adds to. Every figure belongs to the competent agency (the
// one that decides, and whose leaders answer for its timeliness); its parents include it.
struct CounterKey {
  std::string agency;
  std::string procedure;
  std::string channel;  // counter | online | postal
  auto operator<=>(const CounterKey&) const = default;
};

// Local dates (UTC+7) "YYYY-MM-DD" → counts on that day.
using DayCounts = std::map<std::string, Counts>;

// The local date of an instant, "YYYY-MM-DD".
std::string local_day(TimePoint t);

// The counters a dossier adds to.
CounterKey key_of(const dossier::Dossier& d);

// What a dossier with `history` (in order, its reception first) adds to its counters' days.
// Only the history is read, so a change adds exactly contribution(after) − contribution(before).
DayCounts contribution(const std::vector<dossier::DossierEvent>& history);

// What a dossier adds (contribution()), and while it stays open with its clock running, the
// instant its day counters count it overdue from: its due time, or its last resumption when
// that came later. The figures of "now" take off those due later today (stat_tree_due).
struct Contribution {
  DayCounts days;
  std::optional<TimePoint> overdue_from;
};
Contribution contribute(const std::vector<dossier::DossierEvent>& history);

// The local quarter hour an instant falls in, "YYYY-MM-DDTHH:MM" (stat_tree_due's slot), and
// the first quarter-hour boundary strictly after an instant (so a dossier due at that very
// instant, already overdue, lies before it).
std::string quarter_hour(TimePoint t);
TimePoint quarter_hour_after(TimePoint t);

// What a reception notice adds: a refusal to receive (Form 03) counts as refused at
// reception on the day it was issued; a guidance to supplement (Form 02) counts nothing.
DayCounts notice_contribution(bool refusal, TimePoint issued_at);

// after − before, day by day, without the days where nothing changed.
DayCounts difference(const DayCounts& after, const DayCounts& before);
// Adds `more` into `into`.
void add(DayCounts& into, const DayCounts& more);

}  // namespace motcua::stats
