#include "motcua/store/login_throttle_repository.hpp"

#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {

std::int64_t seconds_of(TimePoint t) { return std::int64_t(t.time_since_epoch().count()); }
TimePoint login_throttle_time_of(std::int64_t s) { return TimePoint{std::chrono::seconds(s)}; }
SqlValue subject_value(auth::ThrottleSubject s) { return std::string(auth::to_string(s)); }

auth::ThrottleState state_from_row(const SqlRow& r) {
  auth::ThrottleState s;
  s.failures = int(r.integer(0));
  if (s.failures == 0) return {};
  s.window_start = login_throttle_time_of(r.integer(1));
  if (!r.is_null(2)) s.locked_until = login_throttle_time_of(r.integer(2));
  return s;
}

Result<auth::ThrottleState> single_state(const Result<SqlRows>& rows) {
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return auth::ThrottleState{};
  return state_from_row(rows->front());
}

}  // namespace

Result<auth::ThrottleState> read_throttle(SqlConnection& c, auth::ThrottleSubject subject,
                                          const std::string& key) {
  return single_state(
      c.query("SELECT failures, window_start, locked_until FROM login_throttle "
              "WHERE subject = $1 AND subject_key = $2",
              {subject_value(subject), key}));
}

Result<auth::ThrottleState> lock_throttle(SqlConnection& c, auth::ThrottleSubject subject,
                                          const std::string& key, TimePoint now) {
  // The update changes nothing; it is there for the row lock it takes on PostgreSQL. A new row
  // holds no failure until save_throttle writes the counted state.
  return single_state(
      c.query("INSERT INTO login_throttle (subject, subject_key, failures, window_start) "
              "VALUES ($1, $2, 0, $3) ON CONFLICT (subject, subject_key) DO UPDATE SET "
              "failures = login_throttle.failures RETURNING failures, window_start, locked_until",
              {subject_value(subject), key, seconds_of(now)}));
}

Status save_throttle(SqlConnection& c, const ThrottleCounter& counter) {
  const auth::ThrottleState& s = counter.state;
  Result<SqlRows> r =
      s.failures == 0 || !s.window_start
          ? c.query("DELETE FROM login_throttle WHERE subject = $1 AND subject_key = $2",
                    {subject_value(counter.subject), counter.key})
          : c.query(
                "INSERT INTO login_throttle (subject, subject_key, failures, window_start, "
                "locked_until) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (subject, subject_key) "
                "DO UPDATE SET failures = excluded.failures, window_start = "
                "excluded.window_start, locked_until = excluded.locked_until",
                {subject_value(counter.subject), counter.key, std::int64_t(s.failures),
                 seconds_of(*s.window_start),
                 s.locked_until ? SqlValue{seconds_of(*s.locked_until)} : SqlValue{nullptr}});
  if (!r.ok()) return r.error();
  return ok_status();
}

Status prune_throttle(SqlConnection& c, auth::ThrottleSubject subject, TimePoint now) {
  const auto& rule = auth::rule_for(subject);
  auto r = c.query(
      "DELETE FROM login_throttle WHERE subject = $1 AND window_start <= $2 "
      "AND (locked_until IS NULL OR locked_until <= $3)",
      {subject_value(subject), seconds_of(now - rule.window), seconds_of(now)});
  if (!r.ok()) return r.error();
  return ok_status();
}

Status record_login_event(SqlConnection& c, const LoginEvent& e) {
  auto r = c.query(
      "INSERT INTO login_events (at, username, address, outcome, locked_subject, locked_until) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {format_iso(e.at), e.username, e.address, e.outcome,
       e.locked_subject ? SqlValue{std::string(auth::to_string(*e.locked_subject))}
                        : SqlValue{nullptr},
       e.locked_until ? SqlValue{format_iso(*e.locked_until)} : SqlValue{nullptr}});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::vector<LoginEvent>> login_events_for(SqlConnection& c, const std::string& username,
                                                 int limit) {
  auto rows = c.query(
      "SELECT at, username, address, outcome, locked_subject, locked_until FROM login_events "
      "WHERE username = $1 ORDER BY at LIMIT $2",
      {username, std::int64_t(limit)});
  if (!rows.ok()) return rows.error();
  std::vector<LoginEvent> out;
  for (const auto& r : *rows) {
    LoginEvent e;
    e.at = parse_iso(r.text(0)).value_or(TimePoint{});
    e.username = r.text(1);
    e.address = r.text(2);
    e.outcome = r.text(3);
    if (!r.is_null(4))
      e.locked_subject =
          r.text(4) == "address" ? auth::ThrottleSubject::address : auth::ThrottleSubject::username;
    if (!r.is_null(5)) e.locked_until = parse_iso(r.text(5));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace motcua::store
