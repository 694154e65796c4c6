// auth::login_throttle against tests/data/auth/*.tsv: each row one case.
#include "motcua/auth/login_throttle.hpp"

#include <gtest/gtest.h>

#include "motcua/common/time.hpp"
#include "unit/calendar/table_reader.hpp"

namespace motcua::auth {
namespace {

using calendar::testing::read_table;
using calendar::testing::Row;

ThrottleSubject subject_of(const std::string& s) {
  return s == "address" ? ThrottleSubject::address : ThrottleSubject::username;
}

std::optional<TimePoint> time_or_none(const std::string& s) {
  if (s == "-") return std::nullopt;
  auto t = parse_iso(s);
  EXPECT_TRUE(t) << "not a time: " << s;
  return t;
}

std::string text(const std::optional<TimePoint>& t) { return t ? format_iso(*t) : "-"; }

TEST(LoginThrottleTable, Steps) {
  const auto rows = read_table("throttle_steps.tsv", "auth");
  ASSERT_FALSE(rows.empty());
  for (const Row& r : rows) {
    SCOPED_TRACE(r.at("why"));
    const ThrottleRule& rule = rule_for(subject_of(r.at("subject")));
    const ThrottleState before{std::stoi(r.at("failures")), time_or_none(r.at("window_start")),
                               time_or_none(r.at("locked_until"))};
    const TimePoint now = *time_or_none(r.at("now"));
    ThrottleState after = before;
    if (r.at("event") == "failure") after = after_failure(rule, before, now);
    if (r.at("event") == "success") after = after_success(rule, before, now);
    EXPECT_EQ(after.failures, std::stoi(r.at("expect_failures")));
    EXPECT_EQ(text(after.window_start), r.at("expect_window_start"));
    EXPECT_EQ(text(after.locked_until), r.at("expect_locked_until"));
    const auto wait = retry_after(after, now);
    EXPECT_EQ(wait ? std::to_string(wait->count()) : "-", r.at("expect_retry_after"));
  }
}

TEST(LoginThrottleTable, LockAfterTheNthFailure) {
  const auto rows = read_table("lock_after.tsv", "auth");
  ASSERT_FALSE(rows.empty());
  for (const Row& r : rows) {
    SCOPED_TRACE(r.at("subject") + " " + r.at("failures") + " " + r.at("why"));
    EXPECT_EQ(
        lock_after(rule_for(subject_of(r.at("subject"))), std::stoi(r.at("failures"))).count(),
        std::stoll(r.at("lock_seconds")));
  }
}

TEST(LoginThrottleTable, AddressKeys) {
  const auto rows = read_table("address_keys.tsv", "auth");
  ASSERT_FALSE(rows.empty());
  for (const Row& r : rows) {
    SCOPED_TRACE(r.at("why"));
    EXPECT_EQ(address_key(r.at("remote_addr")), r.at("key")) << r.at("remote_addr");
  }
}

// The case: thirty wrong passwords in a row, a second apart, each refused while the
// username is locked. Five are checked; the lock then refuses the rest.
TEST(LoginThrottle, ThirtyWrongPasswordsInARow) {
  const ThrottleRule& rule = rule_for(ThrottleSubject::username);
  const TimePoint start = *parse_iso("2026-03-02T09:00:00+07:00");
  ThrottleState s;
  int checked = 0, refused = 0;
  for (int i = 0; i < 30; ++i) {
    const TimePoint now = start + std::chrono::seconds(i);
    if (retry_after(s, now)) {
      ++refused;
      continue;
    }
    s = after_failure(rule, s, now);
    ++checked;
  }
  EXPECT_EQ(checked, 5);
  EXPECT_EQ(refused, 25);
  EXPECT_EQ(retry_after(s, start + std::chrono::seconds(30)), std::chrono::seconds(34));
}

// A counter may be deleted once forgotten only if deleting it changes nothing: no lock runs
// and the next failure would start a new window anyway.
TEST(LoginThrottle, ForgottenOnlyWhenNothingIsLeftToRemember) {
  for (auto subject : {ThrottleSubject::username, ThrottleSubject::address}) {
    const ThrottleRule& rule = rule_for(subject);
    EXPECT_LE(rule.max_lock, rule.window);
    const TimePoint start = *parse_iso("2026-03-02T09:00:00+07:00");
    ThrottleState s;
    for (int i = 0; i < rule.free_failures + 3; ++i) s = after_failure(rule, s, start);
    EXPECT_FALSE(forgotten(rule, s, start + rule.max_lock));
    EXPECT_FALSE(forgotten(rule, s, start + rule.window - std::chrono::seconds(1)));
    EXPECT_TRUE(forgotten(rule, s, start + rule.window));
    EXPECT_EQ(after_failure(rule, s, start + rule.window),
              after_failure(rule, ThrottleState{}, start + rule.window));
    EXPECT_TRUE(forgotten(rule, ThrottleState{}, start));
  }
}

}  // namespace
}  // namespace motcua::auth
