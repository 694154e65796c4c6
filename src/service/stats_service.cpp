#include "motcua/service/stats_service.hpp"

#include <algorithm>
#include <functional>

#include "motcua/stats/counters.hpp"
#include "motcua/stats/marks.hpp"
#include "motcua/store/queue_repository.hpp"
#include "motcua/store/stats_marks.hpp"
#include "stat_marks.hpp"

namespace motcua::service {

namespace {

constexpr int kBatch = 2000;

std::string describe(const stats::CounterKey& key, const std::string& day,
                     const stats::Counts& kept, const stats::Counts& recomputed) {
  for (const auto& m : stats::measures()) {
    const long long a = stats::at(kept, m.measure), b = stats::at(recomputed, m.measure);
    if (a != b)
      return key.agency + " " + key.procedure + " " + key.channel + " " + day + " " +
             std::string(m.name) + ": kept " + std::to_string(a) + ", recomputed " +
             std::to_string(b);
  }
  return {};
}

// The day counters every dossier's history adds up to (without totals), and the open
// dossiers whose clock runs, by quarter hour of becoming overdue (per own agency).
struct Recomputed {
  store::CounterSet days;
  store::RunningDue running;
};

// Called with each dossier and what it adds, beside the sums (verify checks its marks).
using EachDossier = std::function<Status(const store::DossierHistory&, const stats::Contribution&)>;

Result<Recomputed> recompute(store::SqlConnection& c, const EachDossier& each = {}) {
  Recomputed out;
  store::CounterSet& all = out.days;
  MOTCUA_TRY(
      store::for_each_dossier_history(c, kBatch, [&](const store::DossierHistory& h) -> Status {
        auto made = stats::contribute(h.events);
        if (each) MOTCUA_TRY(each(h, made));
        if (!made.days.empty()) stats::add(all[h.key], made.days);
        if (made.overdue_from)
          ++out.running[{h.key.agency, h.key.procedure, h.key.channel,
                         stats::quarter_hour(*made.overdue_from)}];
        return ok_status();
      }));
  auto notices = store::reception_notice_facts(c);
  if (!notices.ok()) return notices.error();
  for (const auto& n : *notices) {
    auto days = stats::notice_contribution(n.refusal, n.issued_at);
    if (!days.empty()) stats::add(all[n.key], days);
  }
  // A day (or a key) whose changes all cancelled out keeps no row.
  for (auto& [key, days] : all)
    std::erase_if(days, [](const auto& kv) { return stats::all_zero(kv.second); });
  std::erase_if(all, [](const auto& kv) { return kv.second.empty(); });
  return out;
}

// Compares each dossier's stored marks with those its history makes; keeps the first
// difference, and counts the marks expected, so marks of no dossier show as a surplus.
class MarksCheck {
 public:
  explicit MarksCheck(store::SqlConnection& c) : c_(c) {}

  Status operator()(const store::DossierHistory& h, const stats::Contribution& made) {
    std::vector<store::StoredMark> expected;
    for (const auto& m : stats::marks_of(made.days))
      expected.push_back(
          {h.key, std::string(stats::measure_name(m.measure)), m.from_day, m.until_day, m.count});
    expected_ += static_cast<long long>(expected.size());
    if (difference_) return ok_status();
    auto kept = store::dossier_marks(c_, h.code);
    if (!kept.ok()) return kept.error();
    std::sort(expected.begin(), expected.end());
    std::sort(kept->begin(), kept->end());
    if (*kept != expected)
      difference_ = "dossier " + h.code + ": marks kept " + describe(*kept) + ", recomputed " +
                    describe(expected);
    return ok_status();
  }

  // The first difference, once every dossier was seen.
  Result<std::optional<std::string>> result() {
    if (difference_) return difference_;
    auto kept = store::count_marks(c_);
    if (!kept.ok()) return kept.error();
    if (*kept != expected_)
      return std::optional<std::string>{"marks: kept " + std::to_string(*kept) + ", recomputed " +
                                        std::to_string(expected_)};
    return std::optional<std::string>{};
  }

 private:
  static std::string describe(const std::vector<store::StoredMark>& marks) {
    std::string out = "[";
    for (const auto& m : marks)
      out += (out.size() > 1 ? "; " : "") + m.measure + " " + m.from_day + ".." + m.until_day +
             " x" + std::to_string(m.count) + " " + m.key.agency;
    return out + "]";
  }

  store::SqlConnection& c_;
  long long expected_ = 0;
  std::optional<std::string> difference_;
};

// The first difference between two maps of running dossiers, if any.
std::optional<std::string> running_difference(const store::RunningDue& kept,
                                              const store::RunningDue& recomputed) {
  auto describe_one = [](const store::RunningDueKey& k, long long a, long long b) {
    return k.agency + " " + k.group + " " + k.channel + " " + k.slot +
           " open and running, due: kept " + std::to_string(a) + ", recomputed " +
           std::to_string(b);
  };
  for (const auto& [k, v] : kept) {
    const auto it = recomputed.find(k);
    const long long r = it == recomputed.end() ? 0 : it->second;
    if (r != v) return describe_one(k, v, r);
  }
  for (const auto& [k, v] : recomputed)
    if (!kept.contains(k)) return describe_one(k, 0, v);
  return std::nullopt;
}

}  // namespace

Status StatsService::rebuild() {
  // On the writer, so no change slips between the reading and the replacing.
  return db_.write([](store::SqlConnection& c) -> Status {
    // Every dossier's marks are written again during the same walk through the histories.
    MOTCUA_TRY(store::clear_marks(c));
    auto all = recompute(c, [&](const store::DossierHistory& h, const stats::Contribution& made) {
      return detail::mark_dossier(c, h.code, h.key, made.days);
    });
    if (!all.ok()) return all.error();
    MOTCUA_TRY(store::replace_counters(c, all->days, all->running));
    // The apology report's tally of late dossiers is kept beside the counters.
    return store::recount_late_tally(c);
  });
}

Result<std::optional<std::string>> StatsService::verify() {
  // Both read in one transaction, so they see the same dossiers.
  struct Both {
    store::CounterSet recomputed, kept;
    std::optional<std::string> running_differs;
    std::optional<std::string> marks_differ;
    std::optional<std::string> late_differs;
  };
  auto both = db_.read<Both>([](store::SqlConnection& c) -> Result<Both> {
    MOTCUA_TRY(store::begin_snapshot(c));
    auto read = [&]() -> Result<Both> {
      MarksCheck marks(c);
      auto recomputed = recompute(c, std::ref(marks));
      if (!recomputed.ok()) return recomputed.error();
      auto marks_differ = marks.result();
      if (!marks_differ.ok()) return marks_differ.error();
      auto kept = store::load_counters(c);
      if (!kept.ok()) return kept.error();
      auto running = store::load_running_due(c);
      if (!running.ok()) return running.error();
      auto tree = store::counter_tree(c);
      if (!tree.ok()) return tree.error();
      auto late_differs = store::late_tally_difference(c);
      if (!late_differs.ok()) return late_differs.error();
      store::add_totals(recomputed->days);
      store::add_subtrees(recomputed->days, *tree);
      return Both{
          std::move(recomputed->days), std::move(*kept),
          running_difference(*running, store::subtree_running_due(recomputed->running, *tree)),
          std::move(*marks_differ), std::move(*late_differs)};
    }();
    MOTCUA_TRY(store::end_snapshot(c));
    return read;
  });
  if (!both.ok()) return both.error();
  auto* recomputed = &both->recomputed;
  auto* kept = &both->kept;
  // Rows whose counts are all zero (a change and its undoing on one day) count as absent.
  for (auto& [key, days] : *kept)
    std::erase_if(days, [](const auto& kv) { return stats::all_zero(kv.second); });
  std::erase_if(*kept, [](const auto& kv) { return kv.second.empty(); });
  const stats::Counts zero{};
  auto k = kept->begin();
  auto r = recomputed->begin();
  while (k != kept->end() || r != recomputed->end()) {
    if (r == recomputed->end() || (k != kept->end() && k->first < r->first)) {
      const auto& [day, counts] = *k->second.begin();
      return std::optional<std::string>{describe(k->first, day, counts, zero)};
    }
    if (k == kept->end() || r->first < k->first) {
      const auto& [day, counts] = *r->second.begin();
      return std::optional<std::string>{describe(r->first, day, zero, counts)};
    }
    // Same key: walk both day maps together.
    auto kd = k->second.begin();
    auto rd = r->second.begin();
    while (kd != k->second.end() || rd != r->second.end()) {
      if (rd == r->second.end() || (kd != k->second.end() && kd->first < rd->first))
        return std::optional<std::string>{describe(k->first, kd->first, kd->second, zero)};
      if (kd == k->second.end() || rd->first < kd->first)
        return std::optional<std::string>{describe(k->first, rd->first, zero, rd->second)};
      if (kd->second != rd->second)
        return std::optional<std::string>{describe(k->first, kd->first, kd->second, rd->second)};
      ++kd;
      ++rd;
    }
    ++k;
    ++r;
  }
  if (both->running_differs) return both->running_differs;
  if (both->marks_differ) return both->marks_differ;
  return both->late_differs;
}

Status StatsService::ensure_built() {
  auto needed =
      db_.read<bool>([](store::SqlConnection& c) { return store::counters_need_rebuild(c); });
  if (!needed.ok()) return needed.error();
  return *needed ? rebuild() : ok_status();
}

}  // namespace motcua::service
