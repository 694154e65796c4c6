#include "app/demo_dossiers.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "app/demo_seed.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/service/catalog_service.hpp"
#include "motcua/service/reception_service.hpp"
#include "motcua/service/workflow_service.hpp"
#include "motcua/store/user_repository.hpp"

namespace motcua::app {

namespace {

using dossier::Action;
using std::chrono::minutes;

// One action of a scenario, at `of_limit` of the dossier's processing time (in working hours,
// from its receipt) plus `plus_hours` working hours.
struct Step {
  Action action;
  const char* user;
  double of_limit;
  double plus_hours;
};

struct Scenario {
  const char* name;
  bool recent;      // still open: received in the last days, so most are not yet due
  bool needs_days;  // early/on time need a limit of several days to show
  std::vector<Step> steps;
};

// The states a screen shows. Times are fractions of the processing time so that each scenario
// ends where its name says whatever the procedure's limit.
const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all = {
      {"received", true, false, {}},
      {"examination", true, false, {{Action::claim, "specialist", 0.1, 0}}},
      {"approval",
       true,
       false,
       {{Action::claim, "specialist", 0.1, 0}, {Action::approve, "specialist", 0.4, 0}}},
      {"result",
       true,
       false,
       {{Action::claim, "specialist", 0.1, 0},
        {Action::approve, "specialist", 0.3, 0},
        {Action::sign, "leader", 0.4, 0}}},
      {"result_ready",
       true,
       false,
       {{Action::claim, "specialist", 0.1, 0},
        {Action::approve, "specialist", 0.3, 0},
        {Action::sign, "leader", 0.4, 0},
        {Action::result_ready, "specialist", 0.5, 0}}},
      {"supplement_requested", true, false, {{Action::request_supplement, "specialist", 0, 1}}},
      {"supplement_submitted",
       true,
       false,
       {{Action::request_supplement, "specialist", 0, 1},
        {Action::submit_supplement, "receiver", 0, 10}}},
      {"paused",
       true,
       false,
       {{Action::claim, "specialist", 0.1, 0}, {Action::pause, "specialist", 0.3, 0}}},
      {"returned_early",
       false,
       true,
       {{Action::claim, "specialist", 0.1, 0},
        {Action::approve, "specialist", 0.2, 0},
        {Action::sign, "leader", 0.25, 0},
        {Action::result_ready, "specialist", 0.3, 0},
        {Action::return_result, "receiver", 0.35, 0}}},
      {"returned_on_time",
       false,
       true,
       {{Action::claim, "specialist", 0.1, 0},
        {Action::approve, "specialist", 0.6, 0},
        {Action::sign, "leader", 0.7, 0},
        {Action::result_ready, "specialist", 0.8, 0},
        {Action::return_result, "receiver", 1.0, -0.5}}},
      {"returned_late",
       false,
       false,
       {{Action::claim, "specialist", 0.1, 0},
        {Action::approve, "specialist", 1.0, 2},
        {Action::sign, "leader", 1.0, 3},
        {Action::result_ready, "specialist", 1.0, 3.5},
        {Action::return_result, "receiver", 1.0, 4}}},
      {"refused",
       false,
       false,
       {{Action::claim, "specialist", 0.1, 0}, {Action::refuse, "specialist", 0.2, 0}}},
      {"withdrawn",
       false,
       false,
       {{Action::claim, "specialist", 0.1, 0}, {Action::withdraw, "receiver", 0.3, 0}}},
      {"apologised",
       false,
       true,
       {{Action::claim, "specialist", 0.1, 0},
        {Action::apologize, "specialist", 0.8, 0},
        {Action::approve, "specialist", 1.0, 2},
        {Action::sign, "leader", 1.0, 3},
        {Action::result_ready, "specialist", 1.0, 4},
        {Action::return_result, "receiver", 1.0, 5}}},
  };
  return all;
}

// Commune-level procedures of the demo catalogue that a ward's desk receives every day; the
// first five have limits of several days.
constexpr std::array<const char*, 8> kProcedures = {"1.004222", "1.004873", "1.004194", "1.004837",
                                                    "1.001022", "1.001193", "1.000894", "1.000656"};
constexpr std::size_t kSeveralDays = 5;

// A fixed pseudo-random sequence, so that two runs at the same "now" seed the same dossiers.
struct Sequence {
  std::uint64_t state;
  std::uint64_t next(std::uint64_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % bound;
  }
};

dossier::Applicant applicant_for(std::size_t i) {
  static constexpr std::array<const char*, 10> kFamily = {"Nguyễn", "Trần", "Lê",   "Phạm", "Huỳnh",
                                                          "Phan",   "Võ",   "Đặng", "Bùi",  "Đỗ"};
  static constexpr std::array<const char*, 8> kMiddle = {"Văn",  "Thị",   "Minh", "Ngọc",
                                                         "Quốc", "Thanh", "Hữu",  "Thu"};
  static constexpr std::array<const char*, 12> kGiven = {
      "An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Khoa", "Lan", "Nam", "Phúc", "Trang", "Vy"};
  static constexpr std::array<const char*, 6> kStreets = {
      "Trần Hưng Đạo", "Lê Lợi", "Nguyễn Duy Hiệu", "Phan Châu Trinh", "Hai Bà Trưng", "Cửa Đại"};
  static constexpr std::array<const char*, 6> kMobile = {"090", "093", "097", "098", "077", "035"};
  Sequence s{0x5eed + i * 7919};
  dossier::Applicant a;
  a.full_name = std::string(kFamily[s.next(kFamily.size())]) + " " +
                kMiddle[s.next(kMiddle.size())] + " " + kGiven[s.next(kGiven.size())];
  // 048 (Đà Nẵng), century and sex, year of birth, six digits.
  a.id_number = "048" + std::to_string(s.next(4)) + std::to_string(10 + s.next(90)) +
                std::to_string(100000 + s.next(900000));
  a.phone =
      std::string(kMobile[s.next(kMobile.size())]) + std::to_string(1000000 + s.next(9000000));
  a.address = std::to_string(1 + s.next(300)) + " " + kStreets[s.next(kStreets.size())] +
              ", Phường Hội An, Thành phố Đà Nẵng";
  return a;
}

dossier::ActionInput input_for(Action action, const dossier::Dossier& d,
                               const calendar::WorkingCalendar& cal) {
  dossier::ActionInput in;
  switch (action) {
    case Action::request_supplement:
      in.items = {{"Bản sao giấy tờ chứng minh chỗ ở hợp pháp", "bản chụp mờ, không đọc được"}};
      break;
    case Action::refuse:
      in.reason = "Hồ sơ không đủ điều kiện giải quyết theo quy định";
      break;
    case Action::withdraw:
      in.reason = "Người nộp hồ sơ đề nghị rút hồ sơ";
      break;
    case Action::pause:
      in.reason_code = "specialised_law_review";
      in.reason = "Chờ ý kiến chuyên môn về hồ sơ";
      break;
    case Action::apologize:
      in.reason = "Cần xác minh thêm thông tin với cơ quan liên quan";
      in.new_due_at = cal.due_at(d.due_at, {16, calendar::TimeUnit::working_hours});
      in.new_due_at_given = true;
      break;
    case Action::return_result:
      in.method = "counter";
      break;
    default:
      break;
  }
  return in;
}

// The latest start from which `hours` working hours end by `now` (binary search: due_at grows
// with its start).
TimePoint latest_start(const calendar::WorkingCalendar& cal, TimePoint now, double hours) {
  TimePoint lo = now - std::chrono::days(120), hi = now;
  while (hi - lo > minutes(1)) {
    const TimePoint mid = lo + (hi - lo) / 2;
    if (cal.due_at(mid, {hours, calendar::TimeUnit::working_hours}) <= now)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

struct Planned {
  const Scenario* scenario = nullptr;
  std::string procedure;
  std::optional<dossier::Dossier> dossier;  // once received
  double limit_hours = 0;                   // working hours from receipt to the appointment
  std::size_t next_step = 0;
};

Result<auth::User> demo_user(store::Database& db, const std::string& username) {
  auto u = db.read<std::optional<store::StoredUser>>(
      [&](store::SqlConnection& c) { return store::find_user(c, username); });
  if (!u.ok()) return u.error();
  if (!u->has_value())
    return make_error(ErrorCode::unavailable, "demo.missing_user",
                      "demo user " + username + " is missing: seed the demo data first",
                      "thiếu người dùng mẫu " + username);
  return (*u)->user;
}

}  // namespace

Result<DemoDossierCounts> seed_demo_dossiers(store::Database& db, TimePoint now,
                                             const service::CalendarLookup& calendars,
                                             std::size_t count, std::ostream& log) {
  DemoDossierCounts counts;
  if (count == 0) return counts;
  FixedClock clock(now);
  service::CatalogService catalog(db, clock);
  service::ReceptionService reception(db, clock, calendars);
  service::WorkflowService workflow(db, clock, calendars);
  std::map<std::string, auth::User> users;
  for (const char* name : {"receiver", "specialist", "leader"}) {
    auto u = demo_user(db, name);
    if (!u.ok()) return u.error();
    users.emplace(name, std::move(*u));
  }
  auto cal = calendars(kDemoCommune);
  if (!cal.ok()) return cal.error();
  const calendar::WorkingCalendar& calendar = **cal;

  // Plan: a scenario and a procedure per dossier, and a receipt time late enough to look
  // current and early enough that the scenario's last action falls before now.
  std::vector<Planned> plan(count);
  std::multimap<TimePoint, std::size_t> agenda;  // when → which dossier acts next
  Sequence spread{static_cast<std::uint64_t>(now.time_since_epoch().count())};
  const auto& all = scenarios();
  for (std::size_t i = 0; i < count; ++i) {
    Planned& p = plan[i];
    p.scenario = &all[i % all.size()];
    const std::size_t pool = p.scenario->needs_days ? kSeveralDays : kProcedures.size();
    p.procedure = kProcedures[(i / all.size() + i) % pool];
    auto procedure = catalog.get(p.procedure);
    if (!procedure.ok()) return procedure.error();
    const auto limit = dossier::processing_time_for(*procedure, catalog::Channel::counter);
    // A day-based limit runs to the end of its last day: up to one more day than it says.
    const double days = (limit ? limit->amount : 1) + 1;
    double span = 0.5;
    for (const auto& s : p.scenario->steps)
      span = std::max(span, s.of_limit * days * 8 + s.plus_hours + 0.5);
    // Receipts spread evenly over the working time of a window ending at the latest start:
    // the last three days for open dossiers, six weeks for finished ones.
    const TimePoint latest = latest_start(calendar, now, span);
    const TimePoint window = latest - std::chrono::days(p.scenario->recent ? 3 : 42);
    const auto working = calendar.working_minutes_until(window, latest);
    const double offset = static_cast<double>(
        spread.next(static_cast<std::uint64_t>(std::max<std::int64_t>(1, working))));
    const TimePoint receipt =
        calendar.due_at(window, {offset / 60.0, calendar::TimeUnit::working_hours});
    agenda.emplace(std::min(receipt, now), i);
  }

  // Run the agenda in time order: a reception, then each action when its time comes.
  while (!agenda.empty()) {
    const auto [when, i] = *agenda.begin();
    agenda.erase(agenda.begin());
    Planned& p = plan[i];
    clock.set(when);
    if (!p.dossier) {
      auto procedure = catalog.get(p.procedure);
      if (!procedure.ok()) return procedure.error();
      dossier::ReceptionRequest request;
      request.procedure_code = p.procedure;
      request.applicant = applicant_for(i);
      request.agency_code = kDemoCommune;
      for (const auto& d : procedure->documents) {
        const bool counter =
            d.channels.empty() || std::find(d.channels.begin(), d.channels.end(),
                                            catalog::Channel::counter) != d.channels.end();
        if (d.mandatory && counter) request.documents.push_back({d.id, d.name, d.copies});
      }
      auto received = reception.receive(users.at("receiver"), std::move(request),
                                        "demo-dossier-" + std::to_string(i));
      if (!received.ok()) return received.error();
      if (received->received_at != when) {  // an earlier run's dossier: leave it as it is
        ++counts.already_there;
        continue;
      }
      ++counts.added;
      p.limit_hours = static_cast<double>(
                          calendar.working_minutes_until(received->received_at, received->due_at)) /
                      60.0;
      p.dossier = std::move(*received);
    } else {
      const Step& step = p.scenario->steps[p.next_step++];
      auto done = workflow.perform(users.at(step.user), p.dossier->code, step.action,
                                   input_for(step.action, *p.dossier, calendar));
      if (!done.ok()) return done.error();
      ++counts.actions;
      p.dossier = std::move(*done);
    }
    if (p.next_step < p.scenario->steps.size()) {
      const Step& s = p.scenario->steps[p.next_step];
      const double hours = std::max(0.1, s.of_limit * p.limit_hours + s.plus_hours);
      const TimePoint at = std::max(
          when + minutes(1),
          calendar.due_at(p.dossier->received_at, {hours, calendar::TimeUnit::working_hours}));
      if (at <= now) agenda.emplace(at, i);
    }
  }
  for (const auto& p : plan) {
    if (!p.dossier) continue;
    ++counts.statuses[std::string(dossier::to_string(p.dossier->status))];
    if (p.dossier->outcome)
      ++counts.outcomes[std::string(calendar::to_string(*p.dossier->outcome))];
  }
  log << "demo dossiers: " << counts.added << " added";
  if (counts.already_there) log << " (" << counts.already_there << " already there)";
  log << ", " << counts.actions << " actions; by status:";
  for (const auto& [status, n] : counts.statuses) log << " " << status << "=" << n;
  log << "; outcomes:";
  for (const auto& [outcome, n] : counts.outcomes) log << " " << outcome << "=" << n;
  log << "\n";
  return counts;
}

}  // namespace motcua::app
