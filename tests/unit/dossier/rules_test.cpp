// dossier::apply against tests/data/workflow/rules.tsv: each row one legal case.
#include "motcua/dossier/rules.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "motcua/common/time.hpp"
#include "motcua/dossier/pause_reasons.hpp"
#include "table_reader.hpp"

namespace motcua::dossier {
namespace {

// "2026-03-02T09:00" → the ISO time in +07:00 the product writes.
std::string full_time(const std::string& local) { return local + ":00+07:00"; }

TimePoint at(const std::string& local) {
  auto t = parse_iso(full_time(local));
  EXPECT_TRUE(t.has_value()) << local;
  return t.value_or(TimePoint{});
}

std::map<std::string, std::string> pairs(const std::string& text) {
  std::map<std::string, std::string> out;
  if (text == "-" || text == "*") return out;
  for (const auto& kv : testing::split_on(text, ';')) {
    const auto eq = kv.find('=');
    out[kv.substr(0, eq)] = eq == std::string::npos ? "" : kv.substr(eq + 1);
  }
  return out;
}

calendar::ProcessingTime limit_of(const std::string& text) {
  const double amount = std::stod(text.substr(0, text.size() - 1));
  return {amount, text.back() == 'h' ? calendar::TimeUnit::working_hours
                                     : calendar::TimeUnit::working_days};
}

struct Row {
  std::map<std::string, std::string> col;
  std::string line;
};

std::vector<Row> load_rows() {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/tests/data/workflow/rules.tsv");
  EXPECT_TRUE(in.good());
  std::vector<std::string> header;
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto cols = testing::split_on(line, '\t');
    if (header.empty()) {
      header = cols;
      continue;
    }
    EXPECT_EQ(cols.size(), header.size()) << line;
    Row r{{}, line};
    for (size_t i = 0; i < header.size() && i < cols.size(); ++i) r.col[header[i]] = cols[i];
    rows.push_back(std::move(r));
  }
  return rows;
}

Dossier dossier_of(const Row& r) {
  Dossier d;
  d.code = "20410-260302-0001";
  d.procedure_code = "1.000000";
  d.receiving_agency = d.competent_agency = "20410";
  EXPECT_TRUE(parse_status(r.col.at("status"), d.status)) << r.line;
  d.current_step = r.col.at("step");
  d.received_at = at(r.col.at("received_at"));
  d.due_at = at(r.col.at("due_at"));
  const std::string& statutory = r.col.at("statutory_due_at");
  d.statutory_due_at = statutory == "=" ? d.due_at : at(statutory);
  if (d.current_step == "supplement" || d.current_step == "return") {
    d.step_agency = d.receiving_agency;
    d.step_role = "receiver";
  } else {
    d.step_agency = d.competent_agency;
    d.step_role = "specialist";
  }
  d.step_due_at = d.due_at;
  // What the row carries besides: the apology mark (cleared by a restart), the pause in
  // force and whether the clock stands, as the rules left them.
  for (const auto& item : testing::split_on(r.col.at("history"), ',')) {
    const auto sep = item.find('@');
    if (sep == std::string::npos) continue;
    const std::string kind = item.substr(0, sep);
    const std::string when = item.substr(sep + 1);
    if (kind == "apologize") d.apologized_at = at(when);
    if (kind == "submit_supplement") d.apologized_at.reset();
  }
  if (d.status == DossierStatus::supplement_requested) d.clock_stopped = true;
  const auto row_pause = pairs(r.col.at("input"));
  if (d.status == DossierStatus::paused) {
    const auto p = row_pause.find("paused_for");
    d.pause_reason = p == row_pause.end() ? "" : p->second;
    const auto* why = find_pause_reason(d.pause_reason);
    d.clock_stopped = why ? why->stops_clock : true;
    for (const auto& item : testing::split_on(r.col.at("history"), ','))
      if (item.rfind("pause@", 0) == 0) d.paused_at = at(item.substr(6));
  }
  return d;
}

std::vector<DossierEvent> history_of(const Row& r) {
  // Every history opens with the reception.
  std::vector<DossierEvent> out{DossierEvent{}};
  out[0].seq = 1;
  out[0].kind = EventKind::receive;
  out[0].at = at(r.col.at("received_at"));
  out[0].details = "{}";
  const std::string& text = r.col.at("history");
  if (text == "-") return out;
  std::int64_t seq = 2;
  for (const auto& item : testing::split_on(text, ',')) {
    const auto sep = item.find('@');
    DossierEvent e;
    e.seq = seq++;
    e.kind = parse_event_kind(item.substr(0, sep));
    EXPECT_NE(e.kind, EventKind::unknown) << item;
    e.at = at(item.substr(sep + 1));
    e.details = "{}";
    out.push_back(e);
  }
  return out;
}

ActionInput input_of(const Row& r) {
  ActionInput in;
  const auto actor = testing::split_on(r.col.at("actor"), '@');
  EXPECT_TRUE(auth::parse_role(actor.at(0), in.actor.role)) << r.line;
  in.actor.username = actor.at(0);
  in.actor.agency_code = actor.at(1);
  for (const auto& [key, value] : pairs(r.col.at("input"))) {
    if (key == "reason")
      in.reason = value;
    else if (key == "reason_code")
      in.reason_code = value;
    else if (key == "agency_code")
      in.agency_code = value;
    else if (key == "agency_known")
      in.agency_known = value == "1";
    else if (key == "hours")
      in.hours = std::stod(value);
    else if (key == "step")
      in.step = value;
    else if (key == "new_due_at")
      in.new_due_at = at(value);
    else if (key == "items")
      in.items.push_back({value, ""});
    else if (key == "method")
      in.method = value;
    else if (key == "paused_for")
      continue;  // the dossier's state, read by dossier_of
    else
      ADD_FAILURE() << "unknown input key " << key << " in: " << r.line;
  }
  return in;
}

void expect_time(const std::string& expected, const std::optional<TimePoint>& actual,
                 const std::string& what, const Row& r) {
  if (expected == "*") return;
  if (expected == "-") {
    EXPECT_FALSE(actual.has_value()) << what << " in: " << r.col.at("case");
    return;
  }
  ASSERT_TRUE(actual.has_value()) << what << " in: " << r.col.at("case");
  EXPECT_EQ(format_iso(*actual), full_time(expected)) << what << " in: " << r.col.at("case");
}

TEST(DossierRules, EveryRowOfTheTableHolds) {
  const auto rows = load_rows();
  ASSERT_GE(rows.size(), 25u);
  for (const Row& r : rows) {
    SCOPED_TRACE(r.col.at("case"));
    const Dossier d = dossier_of(r);
    const auto limit = limit_of(r.col.at("limit"));
    const auto& cal = calendar::WorkingCalendar::standard();
    const ProcessDefinition process = default_definition(
        d.procedure_code, "any", limit_hours(limit, d.received_at, d.due_at, cal));
    const Terms terms{cal, process, limit};
    Action action = Action::claim;
    ASSERT_TRUE(parse_action(r.col.at("action"), action)) << r.line;
    const auto t = apply(action, d, history_of(r), terms, input_of(r), at(r.col.at("now")));
    const std::string& expect = r.col.at("expect");
    if (expect != "ok") {
      ASSERT_FALSE(t.ok()) << "expected " << expect;
      EXPECT_EQ(t.error().key, expect) << t.error().message;
      continue;
    }
    ASSERT_TRUE(t.ok()) << t.error().key << ": " << t.error().message;
    const Dossier& after = t->dossier;
    EXPECT_EQ(to_string(t->kind), r.col.at("action"));
    if (r.col.at("out_status") != "*") {
      EXPECT_EQ(to_string(after.status), r.col.at("out_status"));
    }
    if (r.col.at("out_step") != "*") {
      EXPECT_EQ(after.current_step, r.col.at("out_step"));
    }
    expect_time(r.col.at("out_due_at"), after.due_at, "due_at", r);
    expect_time(r.col.at("out_statutory_due_at"), after.statutory_due_at, "statutory_due_at", r);
    expect_time(r.col.at("step_due_at"), after.step_due_at, "step_due_at", r);
    const std::string& outcome = r.col.at("outcome");
    if (outcome == "-") {
      EXPECT_FALSE(after.outcome.has_value());
    } else if (outcome != "*") {
      ASSERT_TRUE(after.outcome.has_value());
      EXPECT_EQ(calendar::to_string(*after.outcome), outcome);
    }
    // What the event records, read back through the one (de)serialiser.
    const auto details = nlohmann::json::parse(details_text(t->details));
    for (const auto& [key, value] : pairs(r.col.at("details"))) {
      ASSERT_TRUE(details.contains(key)) << key << " missing from " << details.dump();
      const auto& v = details[key];
      const std::string actual = v.is_string() ? v.get<std::string>() : v.dump();
      const bool is_time = value.size() == 16 && value[10] == 'T';
      EXPECT_EQ(actual, is_time ? full_time(value) : value) << key;
    }
    EXPECT_EQ(after.version, d.version + 1);
  }
}

TEST(DossierRules, DetailsSurviveTheirText) {
  EventDetails d;
  d.reason = "thiếu bản sao";
  d.items = {{"Giấy khai sinh", "bản chính"}};
  d.new_due_at = at("2026-03-10T17:00");
  d.late = true;
  d.outcome = calendar::Outcome::late;
  d.processing_time = calendar::ProcessingTime{3, calendar::TimeUnit::working_days};
  const auto back = parse_details(details_text(d));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(details_text(*back), details_text(d));
  EXPECT_EQ(back->items.at(0).content, "Giấy khai sinh");
  EXPECT_FALSE(parse_details("[1,2]").ok());
}

}  // namespace
}  // namespace motcua::dossier
