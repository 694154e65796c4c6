#include "motcua/stats/counters.hpp"

#include <cstdio>
#include <optional>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/common/dates.hpp"
#include "motcua/common/time.hpp"
#include "timeline.hpp"

namespace motcua::stats {

namespace {

const std::vector<MeasureInfo> kMeasures = {
    {Measure::received, "received", MeasureKind::flow},
    {Measure::withdrawn, "withdrawn", MeasureKind::flow},
    {Measure::refused, "refused", MeasureKind::flow},
    {Measure::supplement_requests, "supplement_requests", MeasureKind::flow},
    {Measure::apologies, "apologies", MeasureKind::flow},
    {Measure::finished_early, "finished_early", MeasureKind::flow},
    {Measure::finished_on_time, "finished_on_time", MeasureKind::flow},
    {Measure::finished_late, "finished_late", MeasureKind::flow},
    {Measure::finished_on_time_national, "finished_on_time_national", MeasureKind::flow},
    {Measure::finished_late_national, "finished_late_national", MeasureKind::flow},
    {Measure::late_without_apology, "late_without_apology", MeasureKind::flow},
    {Measure::refused_at_reception, "refused_at_reception", MeasureKind::flow},
    {Measure::timed_finishes, "timed_finishes", MeasureKind::flow},
    {Measure::processing_seconds, "processing_seconds", MeasureKind::flow},
    {Measure::allowed_seconds, "allowed_seconds", MeasureKind::flow},
    {Measure::processing_le_1h, "processing_le_1h", MeasureKind::flow},
    {Measure::processing_le_2h, "processing_le_2h", MeasureKind::flow},
    {Measure::processing_le_4h, "processing_le_4h", MeasureKind::flow},
    {Measure::processing_le_8h, "processing_le_8h", MeasureKind::flow},
    {Measure::processing_le_16h, "processing_le_16h", MeasureKind::flow},
    {Measure::processing_le_24h, "processing_le_24h", MeasureKind::flow},
    {Measure::processing_le_40h, "processing_le_40h", MeasureKind::flow},
    {Measure::processing_le_56h, "processing_le_56h", MeasureKind::flow},
    {Measure::processing_le_80h, "processing_le_80h", MeasureKind::flow},
    {Measure::processing_le_120h, "processing_le_120h", MeasureKind::flow},
    {Measure::processing_le_160h, "processing_le_160h", MeasureKind::flow},
    {Measure::processing_le_240h, "processing_le_240h", MeasureKind::flow},
    {Measure::processing_le_400h, "processing_le_400h", MeasureKind::flow},
    {Measure::processing_le_800h, "processing_le_800h", MeasureKind::flow},
    {Measure::processing_over_800h, "processing_over_800h", MeasureKind::flow},
    {Measure::ratings, "ratings", MeasureKind::flow},
    {Measure::ratings_satisfied, "ratings_satisfied", MeasureKind::flow},
    {Measure::ratings_dissatisfied, "ratings_dissatisfied", MeasureKind::flow},
    {Measure::in_progress, "in_progress", MeasureKind::stock},
    {Measure::waiting_for_applicant, "waiting_for_applicant", MeasureKind::stock},
    {Measure::overdue, "overdue", MeasureKind::stock},
};

const std::vector<ProcessingBucket> kBuckets = {
    {Measure::processing_le_1h, 1},
    {Measure::processing_le_2h, 2},
    {Measure::processing_le_4h, 4},
    {Measure::processing_le_8h, 8},
    {Measure::processing_le_16h, 16},
    {Measure::processing_le_24h, 24},
    {Measure::processing_le_40h, 40},
    {Measure::processing_le_56h, 56},
    {Measure::processing_le_80h, 80},
    {Measure::processing_le_120h, 120},
    {Measure::processing_le_160h, 160},
    {Measure::processing_le_240h, 240},
    {Measure::processing_le_400h, 400},
    {Measure::processing_le_800h, 800},
    {Measure::processing_over_800h, std::nullopt},
};

}  // namespace

Measure bucket_of(long long seconds) {
  for (const auto& b : kBuckets)
    if (!b.up_to_hours || seconds <= 3600LL * *b.up_to_hours) return b.measure;
  return Measure::processing_over_800h;
}

const std::vector<MeasureInfo>& measures() { return kMeasures; }

const std::vector<ProcessingBucket>& processing_buckets() { return kBuckets; }

std::string_view measure_name(Measure m) { return kMeasures[std::size_t(m)].name; }

bool all_zero(const Counts& c) {
  for (long long v : c)
    if (v != 0) return false;
  return true;
}

std::string local_day(TimePoint t) { return format_date(local_date(t)); }

CounterKey key_of(const dossier::Dossier& d) {
  return {d.competent_agency, d.procedure_code, std::string(catalog::channel_name(d.channel))};
}

DayCounts contribution(const std::vector<dossier::DossierEvent>& history) {
  return contribute(history).days;
}

Contribution contribute(const std::vector<dossier::DossierEvent>& history) {
  Timeline t;
  replay(history, t);
  Contribution out;
  out.overdue_from = t.overdue_from();
  out.days = t.end();
  return out;
}

namespace {
constexpr std::chrono::minutes kQuarter{15};
}

std::string quarter_hour(TimePoint t) {
  using namespace std::chrono;
  const auto local = floor<minutes>(to_local(t));
  const auto start = local - (local.time_since_epoch() % kQuarter);
  const auto day = floor<days>(start);
  const hh_mm_ss clock{start - day};
  char hm[8];
  std::snprintf(hm, sizeof hm, "T%02d:%02d", int(clock.hours().count()),
                int(clock.minutes().count()));
  return format_date(year_month_day{day}) + hm;
}

TimePoint quarter_hour_after(TimePoint t) {
  using namespace std::chrono;
  const auto since = floor<minutes>(t.time_since_epoch() + kVietnamOffset);
  const auto start = since - since % kQuarter;
  return TimePoint{duration_cast<TimePoint::duration>(start + kQuarter - kVietnamOffset)};
}

DayCounts notice_contribution(bool refusal, TimePoint issued_at) {
  DayCounts out;
  if (refusal) at(out[local_day(issued_at)], Measure::refused_at_reception) = 1;
  return out;
}

DayCounts difference(const DayCounts& after, const DayCounts& before) {
  DayCounts out = after;
  for (const auto& [day, counts] : before) {
    Counts& c = out[day];
    for (std::size_t i = 0; i < kMeasureCount; ++i) c[i] -= counts[i];
  }
  std::erase_if(out, [](const auto& kv) { return all_zero(kv.second); });
  return out;
}

void add(DayCounts& into, const DayCounts& more) {
  for (const auto& [day, counts] : more) {
    Counts& c = into[day];
    for (std::size_t i = 0; i < kMeasureCount; ++i) c[i] += counts[i];
  }
}

}  // namespace motcua::stats
