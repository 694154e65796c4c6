#pragma once
// Loads N dossiers into a SQLite file already seeded with the demo data, through the store's
// own functions (insert_dossier, append_event), so the rows are the ones the server writes.
// The mix: the demo commune gets most dossiers, a few other communes the rest; 18 months of
// history; the finished ones early, on time or late, some late ones with an apology, each
// finish with its processing time as the rules record it; 2-6 events each. Open dossiers:
//   OpenShare::heavy      ~30% open (mostly received lately, a few overdue, some waiting for
//                         a supplement): the backlog of issue 9's commune with 313,000 open;
//   OpenShare::realistic  received evenly over the 18 months and open while processed (the
//                         last few days) or, 1 in 200, stuck: ~1.5% open, as a province's
//                         statistics see them.
#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/due_times.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/dossier/workflow.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/dossier_repository.hpp"

namespace motcua::bench {

// A dossier the timing loop may ask for: its code and the phone digits the public lookup needs.
struct Sample {
  std::string code;
  std::string phone_last4;
};

struct LoadResult {
  long long dossiers = 0;
  long long events = 0;
  long long demo_open = 0;     // open in the demo commune
  long long demo_overdue = 0;  // open there, past the statutory appointment, not waiting
  std::vector<Sample> samples;
};

namespace detail {

struct Route {
  catalog::Procedure procedure;
  int version = 0;
  std::string receiving;
  std::string competent;
  calendar::ProcessingTime limit;
};

using dossier::Dossier;
using dossier::DossierEvent;
using dossier::DossierStatus;
using dossier::EventKind;

inline Result<std::vector<Route>> plan_routes(store::Database& db, const std::string& demo_commune,
                                              std::vector<std::string>& receivers) {
  return db.read<std::vector<Route>>([&](store::SqlConnection& c) -> Result<std::vector<Route>> {
    auto agencies = store::all_agencies(c);
    if (!agencies.ok()) return agencies.error();
    receivers = {demo_commune};
    for (const auto& a : *agencies)
      if (a.kind == catalog::AgencyKind::commune && a.code != demo_commune && receivers.size() < 5)
        receivers.push_back(a.code);
    auto stored = store::all_procedures(c);
    if (!stored.ok()) return stored.error();
    std::vector<Route> routes;
    int commune_level = 0, other_level = 0;
    for (const auto& s : *stored) {
      auto p = catalog::procedure_from_json(nlohmann::json::parse(s.body));
      if (!p.ok()) continue;
      auto limit = dossier::processing_time_for(*p, catalog::Channel::counter);
      if (!limit || limit->amount <= 0 || limit->amount > 30) continue;
      const bool commune =
          std::find(p->levels.begin(), p->levels.end(), catalog::Level::commune) != p->levels.end();
      if ((commune && commune_level >= 12) || (!commune && other_level >= 4)) continue;
      for (const auto& r : receivers) {
        auto receiving = store::agency_ancestors(c, r);
        if (!receiving.ok()) return receiving.error();
        if (receiving->empty()) continue;
        auto competent = dossier::resolve_competent_agency(
            *p, *receiving,
            [&](const std::string& code) { return store::child_agencies(c, code); });
        if (!competent.ok()) continue;
        routes.push_back({*p, s.version, r, competent->code, *limit});
      }
      (commune ? commune_level : other_level)++;
    }
    return routes;
  });
}

}  // namespace detail

// Loads `n` dossiers received over the 18 months before `now`; `batch` dossiers per write.
enum class OpenShare { heavy, realistic };

inline Result<LoadResult> load_dossiers(store::Database& db, long long n, TimePoint now,
                                        const std::string& demo_commune,
                                        OpenShare shape = OpenShare::heavy, int batch = 4000) {
  using namespace detail;
  using std::chrono::hours;
  std::vector<std::string> receivers;
  auto routes = plan_routes(db, demo_commune, receivers);
  if (!routes.ok()) return routes.error();
  if (routes->empty())
    return make_error(ErrorCode::unavailable, "bench.no_routes", "no procedure to receive",
                      "không có thủ tục");
  std::vector<const Route*> demo_routes, other_routes;
  for (const auto& r : *routes)
    (r.receiving == demo_commune ? demo_routes : other_routes).push_back(&r);
  if (other_routes.empty()) other_routes = demo_routes;
  const auto& cal = calendar::WorkingCalendar::standard();
  std::mt19937_64 rng(42);
  auto uniform = [&](double lo, double hi) {
    return std::uniform_real_distribution<>(lo, hi)(rng);
  };
  auto chance = [&](double p) { return uniform(0, 1) < p; };
  const auto span = hours(24 * 548);  // 18 months
  // Dossiers are received in time order, so the history's sequence follows time as it would.
  std::vector<TimePoint> times(static_cast<size_t>(n));
  std::vector<bool> open(static_cast<size_t>(n));
  for (long long i = 0; i < n; ++i) {
    if (shape == OpenShare::realistic) {
      const double days = uniform(0, 548);
      open[i] = days < uniform(0, 6) || chance(0.005);
      times[i] = now - std::chrono::seconds(std::llround(days * 86400));
      continue;
    }
    open[i] = chance(0.30);
    // Open dossiers were mostly received within their processing time; some are late, a few
    // have been stuck for months.
    const double roll = uniform(0, 1);
    const double days = !open[i]      ? uniform(5, 548)
                        : roll < 0.8  ? uniform(0, 4)
                        : roll < 0.95 ? uniform(4, 30)
                                      : uniform(30, 548);
    times[i] = now - std::chrono::seconds(std::llround(days * 86400));
  }
  std::vector<size_t> order(static_cast<size_t>(n));
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return times[a] < times[b]; });

  LoadResult out;
  const char* names[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung",
                         "Hoàng Văn Em",  "Võ Thị Giang",  "Đặng Minh Hải",  "Bùi Thị Lan"};
  size_t next = 0;
  while (next < order.size()) {
    const size_t end = std::min(order.size(), next + size_t(batch));
    MOTCUA_TRY(db.write([&](store::SqlConnection& c) -> Status {
      for (size_t k = next; k < end; ++k) {
        const size_t i = order[k];
        const bool demo = chance(0.72);
        const auto& pool = demo ? demo_routes : other_routes;
        const Route& r = *pool[std::uniform_int_distribution<size_t>(0, pool.size() - 1)(rng)];
        // Received during office hours of the day it falls on (or the next working day).
        TimePoint received = cal.add_working_hours(
            from_local(std::chrono::floor<std::chrono::days>(to_local(times[i]))), uniform(0, 7.9));
        if (received > now) received = now - hours(1);
        const TimePoint due = cal.due_at(received, r.limit);
        const double total_hours = dossier::limit_hours(r.limit, received, due, cal);
        auto number = store::next_dossier_number(
            c, r.receiving, format_iso(received).substr(2, 8).erase(2, 1).erase(4, 1));
        if (!number.ok()) return number.error();
        Dossier d;
        d.code = dossier::format_dossier_code(r.receiving, received, *number);
        d.procedure_code = r.procedure.code;
        d.procedure_name = r.procedure.name;
        d.procedure_version = r.version;
        d.receiving_agency = r.receiving;
        d.competent_agency = r.competent;
        d.channel = chance(0.3) ? catalog::Channel::online : catalog::Channel::counter;
        d.received_at = received;
        d.due_at = due;
        d.statutory_due_at = due;
        d.applicant.full_name = names[k % 8];
        char id[16], phone[16];
        std::snprintf(id, sizeof id, "0012%08lld", (long long)k);
        std::snprintf(phone, sizeof phone, "09%08lld", (long long)(rng() % 100000000));
        d.applicant.id_number = id;
        d.applicant.phone = phone;
        d.applicant.address = "Phường Hội An, Thành phố Đà Nẵng";
        d.documents = {{1, "Tờ khai", 1}};
        d.received_by = "receiver";
        std::vector<DossierEvent> events;
        auto event = [&](TimePoint at, std::string actor, EventKind kind, DossierStatus from,
                         DossierStatus to, nlohmann::json details) {
          DossierEvent e;
          e.chain_key = d.receiving_agency;
          e.dossier_code = d.code;
          e.at = std::min(at, now);
          e.actor = std::move(actor);
          e.kind = kind;
          e.from_status = events.empty() ? "" : std::string(dossier::to_string(from));
          e.to_status = std::string(dossier::to_string(to));
          e.details = details.dump();
          events.push_back(std::move(e));
        };
        event(received, "receiver", EventKind::receive, DossierStatus::received,
              DossierStatus::in_progress,
              {{"procedure_code", d.procedure_code},
               {"channel", catalog::channel_name(d.channel)},
               {"receiving_agency", d.receiving_agency},
               {"competent_agency", d.competent_agency},
               {"due_at", format_iso(due)},
               {"step", "examination"}});
        const auto step = [&](const char* name, const char* role, const std::string& agency,
                              double share) {
          d.current_step = name;
          d.step_role = role;
          d.step_agency = agency;
          d.step_due_at = share <= 0
                              ? due
                              : std::min(cal.add_working_hours(received, total_hours * share), due);
        };
        // How far along: 0 examination, 1 approval, 2 result, 3 return desk.
        const double progress = uniform(0, 1);
        if (open[i]) {
          d.status = DossierStatus::in_progress;
          if (progress < 0.10) {
            d.status = DossierStatus::supplement_requested;
            d.clock_stopped = true;  // waiting for the applicant
            d.current_step = "supplement";
            d.step_agency = d.receiving_agency;
            d.step_role = "receiver";
            event(received + hours(20), "specialist", EventKind::request_supplement,
                  DossierStatus::in_progress, d.status,
                  {{"previous_due_at", format_iso(due)}, {"reason", "thiếu giấy tờ"}});
          } else if (progress < 0.55) {
            step("examination", "specialist", d.competent_agency, 0.5);
            if (chance(0.5)) {
              d.assignee = "specialist";
              event(received + hours(2), "specialist", EventKind::claim, d.status, d.status, {});
            } else {
              event(received + hours(1), "receiver", EventKind::forward, d.status, d.status,
                    {{"to_step", "examination"}});
            }
          } else if (progress < 0.75) {
            step("approval", "leader", d.competent_agency, 0.75);
            event(received + hours(20), "specialist", EventKind::forward, d.status, d.status,
                  {{"to_step", "approval"}});
          } else if (progress < 0.88) {
            d.status = DossierStatus::approved;
            step("result", "specialist", d.competent_agency, 1.0);
            event(received + hours(20), "specialist", EventKind::forward,
                  DossierStatus::in_progress, DossierStatus::in_progress,
                  {{"to_step", "approval"}});
            event(received + hours(30), "leader", EventKind::approve, DossierStatus::in_progress,
                  d.status, {{"approved_by", "leader"}});
          } else {
            d.status = DossierStatus::result_ready;
            step("return", "receiver", d.receiving_agency, 0);
            event(received + hours(30), "leader", EventKind::approve, DossierStatus::in_progress,
                  DossierStatus::approved, {{"approved_by", "leader"}});
            event(received + hours(40), "specialist", EventKind::result_ready,
                  DossierStatus::approved, d.status, {});
          }
          const bool overdue = d.status != DossierStatus::supplement_requested && due < now;
          if (overdue && chance(0.4)) {
            d.apologized_at = std::max(received, due - hours(20));
            d.due_at = cal.add_working_hours(due, 40);
            event(*d.apologized_at, "leader", EventKind::apologize, d.status, d.status,
                  {{"original_due_at", format_iso(due)}, {"new_due_at", format_iso(d.due_at)}});
          }
          if (d.receiving_agency == demo_commune || d.competent_agency == demo_commune) {
            ++out.demo_open;
            if (overdue) ++out.demo_overdue;
          }
        } else {
          const double fate = uniform(0, 1);
          const double roll = uniform(0, 1);
          calendar::Outcome outcome = roll < 0.60   ? calendar::Outcome::early
                                      : roll < 0.93 ? calendar::Outcome::on_time
                                                    : calendar::Outcome::late;
          TimePoint finished =
              outcome == calendar::Outcome::early
                  ? cal.add_working_hours(received,
                                          std::max(1.0, total_hours * uniform(0.2, 0.7)) - 0.5)
              : outcome == calendar::Outcome::on_time
                  ? due - std::chrono::minutes(std::llround(uniform(5, 200)))
                  : cal.add_working_hours(due, uniform(2, 80));
          finished = std::clamp(finished, received + std::chrono::minutes(30), now);
          d.current_step = "return";
          d.step_role = "receiver";
          d.step_agency = d.receiving_agency;
          d.step_due_at.reset();
          d.finished_at = finished;
          if (fate < 0.03) {
            d.status = DossierStatus::withdrawn;
            event(finished, "receiver", EventKind::withdraw, DossierStatus::in_progress, d.status,
                  {{"reason", "công dân rút hồ sơ"}});
          } else {
            if (outcome == calendar::Outcome::late && chance(0.5)) {
              d.apologized_at = std::max(received, due - hours(20));
              d.due_at = cal.add_working_hours(due, 40);
              event(*d.apologized_at, "leader", EventKind::apologize, DossierStatus::in_progress,
                    DossierStatus::in_progress,
                    {{"original_due_at", format_iso(due)}, {"new_due_at", format_iso(d.due_at)}});
            }
            d.outcome = outcome;
            const bool refused = fate < 0.07;
            d.status = refused ? DossierStatus::refused : DossierStatus::returned;
            if (!refused && events.size() < 3)
              event(finished - hours(1), "leader", EventKind::approve, DossierStatus::in_progress,
                    DossierStatus::approved, {{"approved_by", "leader"}});
            event(finished, refused ? "leader" : "receiver",
                  refused ? EventKind::refuse : EventKind::return_result,
                  refused ? DossierStatus::in_progress : DossierStatus::result_ready, d.status,
                  [&] {
                    nlohmann::json details = {{"statutory_due_at", format_iso(due)},
                                              {"outcome", calendar::to_string(outcome)},
                                              {"method", "counter"}};
                    const auto spent = dossier::processing_seconds(events, finished, r.limit, cal);
                    details["processing_seconds"] = spent.used;
                    if (spent.allowed) details["allowed_seconds"] = *spent.allowed;
                    return details;
                  }());
          }
        }
        MOTCUA_TRY(store::insert_dossier(c, d));
        for (auto& e : events) {
          auto appended = store::append_event(c, std::move(e));
          if (!appended.ok()) return appended.error();
          ++out.events;
        }
        ++out.dossiers;
        if (d.receiving_agency == demo_commune && out.samples.size() < 4096 && chance(0.02))
          out.samples.push_back({d.code, d.applicant.phone.substr(6)});
      }
      return ok_status();
    }));
    next = end;
  }
  return out;
}

}  // namespace motcua::bench
