// stats::contribution against tests/data/stats/contributions.tsv: each row one dossier's
// history and every day's counts it must add (a new case is one row).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/stats/counters.hpp"

namespace motcua::stats {
namespace {

std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string::npos ? at : at - start));
    if (at == std::string::npos) return out;
    start = at + sep.size();
  }
}

TimePoint local(const std::string& text) { return *parse_iso(text + ":00+07:00"); }

dossier::DossierEvent event_of(const std::string& spec) {
  std::istringstream words(spec);
  std::string head;
  words >> head;
  const auto at = head.find('@');
  dossier::DossierEvent e;
  e.kind = dossier::parse_event_kind(head.substr(0, at));
  EXPECT_NE(e.kind, dossier::EventKind::unknown) << spec;
  e.at = local(head.substr(at + 1));
  dossier::EventDetails d;
  for (std::string kv; words >> kv;) {
    const auto eq = kv.find('=');
    const std::string key = kv.substr(0, eq), value = kv.substr(eq + 1);
    if (key == "due") {
      d.statutory_due_at = local(value);
      d.due_at = local(value);
    } else if (key == "outcome") {
      d.outcome = value == "early"     ? calendar::Outcome::early
                  : value == "on_time" ? calendar::Outcome::on_time
                                       : calendar::Outcome::late;
    } else if (key == "reason") {
      d.reason_code = value;
    } else if (key == "stops") {
      d.stops_clock = value == "yes";
    } else if (key == "used") {
      d.processing_seconds = std::stoi(value);
    } else if (key == "allowed") {
      d.allowed_seconds = std::stoi(value);
    } else if (key == "level") {
      d.rating = value;
    } else {
      ADD_FAILURE() << "unknown detail " << key << " in " << spec;
    }
  }
  e.details = dossier::details_text(d);
  return e;
}

std::string describe(const DayCounts& days) {
  std::string out;
  for (const auto& [day, counts] : days) {
    out += day + ":";
    for (const auto& m : measures())
      if (at(counts, m.measure) != 0)
        out += " " + std::string(m.name) + "=" + std::to_string(at(counts, m.measure));
    out += "; ";
  }
  return out;
}

TEST(StatsContribution, EveryCaseOfTheTable) {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/tests/data/stats/contributions.tsv");
  ASSERT_TRUE(in) << "cannot read contributions.tsv";
  int cases = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto cols = split(line, "\t");
    ASSERT_EQ(cols.size(), 4u) << line;
    std::vector<dossier::DossierEvent> history;
    for (const auto& spec : split(cols[1], " ; ")) history.push_back(event_of(spec));
    DayCounts expected;
    for (const auto& day : cols[2] == "-" ? std::vector<std::string>{} : split(cols[2], " ; ")) {
      const auto space = day.find(' ');
      Counts& c = expected["2026-" + day.substr(0, space)];
      for (const auto& kv : split(day.substr(space + 1), ",")) {
        const auto eq = kv.find('=');
        bool known = false;
        for (const auto& m : measures())
          if (m.name == kv.substr(0, eq)) {
            at(c, m.measure) = std::stoll(kv.substr(eq + 1));
            known = true;
          }
        EXPECT_TRUE(known) << kv << " in " << cols[0];
      }
    }
    EXPECT_EQ(describe(contribution(history)), describe(expected)) << cols[0];
    const auto from = contribute(history).overdue_from;
    EXPECT_EQ(from ? quarter_hour(*from) : "-", cols[3] == "-" ? "-" : "2026-" + cols[3])
        << cols[0];
    // What a change adds is the difference of the contributions, so adding the last event's
    // difference to the contribution before it gives the whole.
    std::vector<dossier::DossierEvent> before(history.begin(), history.end() - 1);
    DayCounts rebuilt = contribution(before);
    add(rebuilt, difference(contribution(history), contribution(before)));
    std::erase_if(rebuilt, [](const auto& kv) { return all_zero(kv.second); });
    EXPECT_EQ(describe(rebuilt), describe(expected)) << cols[0];
    ++cases;
  }
  EXPECT_GE(cases, 15);
}

// The first quarter-hour boundary strictly after an instant (local time in, local time out).
TEST(StatsContribution, QuarterHourBoundaries) {
  const std::pair<const char*, const char*> rows[] = {
      {"2026-03-03T10:00:00", "2026-03-03T10:15"}, {"2026-03-03T10:00:01", "2026-03-03T10:15"},
      {"2026-03-03T10:14:59", "2026-03-03T10:15"}, {"2026-03-03T23:50:00", "2026-03-04T00:00"},
      {"2026-03-03T23:45:00", "2026-03-04T00:00"}, {"2026-12-31T23:59:59", "2027-01-01T00:00"},
  };
  for (const auto& [at, boundary] : rows) {
    const TimePoint t = *parse_iso(std::string(at) + "+07:00");
    EXPECT_EQ(quarter_hour(quarter_hour_after(t)), boundary) << at;
    EXPECT_GT(quarter_hour_after(t), t) << at;
  }
}

}  // namespace
}  // namespace motcua::stats
