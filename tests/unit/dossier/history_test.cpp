// dossier::verify_chain with erasable free text, against tests/data/dossier/history_free_text.tsv.
#include "motcua/dossier/history.hpp"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "motcua/common/time.hpp"
#include "table_reader.hpp"

namespace motcua::dossier {
namespace {

using Json = nlohmann::json;

// What each `expect` of the table means in a ChainBreak's reason.
const std::map<std::string, std::string> kBreakReasons = {
    {"digest", "does not match its digest"},        {"salt", "lost its salt"},
    {"unrecorded", "without an erasure on record"}, {"content", "does not match its hash"},
    {"respelled", "details were rewritten"},
};

DossierEvent event(EventKind kind, std::string details, std::string note) {
  DossierEvent e;
  e.chain_key = "X";
  e.dossier_code = "X-2026-0001";
  e.at = *parse_iso("2026-11-30T09:00:00+07:00");
  e.actor = "mot_cua";
  e.kind = kind;
  e.to_status = "processing";
  e.details = std::move(details);
  e.note = std::move(note);
  return e;
}

// Appends `e` as the store does: chained to the last event, its text committed under a salt
// (or, `with_digest` false, as before migration 0037).
void append(std::vector<DossierEvent>& events, DossierEvent e, bool with_digest = true) {
  e.seq = e.chain_pos = static_cast<std::int64_t>(events.size() + 1);
  e.prev_hash = events.empty() ? std::string(kGenesisHash) : events.back().hash;
  if (with_digest) commit_free_text(e, "00112233445566778899aabbccddeeff");
  e.hash = compute_event_hash(e);
  events.push_back(std::move(e));
}

// The chain of the table's header.
std::vector<DossierEvent> chain(const std::string& erasure) {
  std::vector<DossierEvent> events;
  append(events, event(EventKind::receive, R"({"channel":"counter"})", "Ông Trần Văn A nộp thay"),
         false);
  append(events, event(EventKind::request_supplement,
                       R"({"items":[{"content":"Căn cước của bà Lê Thị B"}],"step":"tiepnhan"})",
                       "Gọi bà B: 0905123456"));
  append(events, event(EventKind::refuse,
                       R"({"reason":"Bà B đã đăng ký tại xã khác","step":"tiepnhan"})", ""));
  if (erasure != "none")
    append(
        events,
        event(EventKind::personal_data_erased,
              Json{{"erased_scope", erasure}, {"erasure_ground", "retention-ended"}}.dump(), ""));
  return events;
}

void set_member(DossierEvent& e, const std::string& key, const Json& value) {
  Json d = Json::parse(e.details);
  d[key] = value;
  e.details = d.dump();
}

// One change of the `changes` column: "<verb> <event>[=<value>]".
void apply_change(const std::string& change, std::vector<DossierEvent>& events) {
  if (change == "append") {
    append(events, event(EventKind::submit_supplement, "{}", "Bà B nộp bổ sung"));
    return;
  }
  const auto space = change.find(' ');
  const auto eq = change.find('=');
  const std::string verb = change.substr(0, space);
  DossierEvent& e = events.at(std::stoul(change.substr(space + 1)) - 1);
  const std::string value = eq == std::string::npos ? "" : change.substr(eq + 1);
  if (verb == "erase")
    e = without_free_text(e);
  else if (verb == "note")
    e.note = value;
  else if (verb == "reason")
    set_member(e, "reason", value);
  else if (verb == "items")
    set_member(e, "items", Json::array({{{"content", value}}}));
  else if (verb == "step")
    set_member(e, "step", value);
  else if (verb == "salt")
    e.text_salt = value;
  else if (verb == "digest")
    e.text_digest = value;
  else if (verb == "respell")
    e.details = Json::parse(e.details).dump(2);
  else if (verb == "dupkey")
    e.details.insert(1, R"("step":")" + value + R"(",)");
  else
    FAIL() << "unknown change " << change;
}

TEST(HistoryFreeText, Table) {
  const auto rows = testing::read_table("tests/data/dossier/history_free_text.tsv", 5);
  ASSERT_GE(rows.size(), 15u);
  for (const auto& r : rows) {
    SCOPED_TRACE(r[0]);
    auto events = chain(r[1]);
    if (r[2] != "-")
      for (const auto& change : testing::split_on(r[2], ';'))
        apply_change(change.substr(change.find_first_not_of(' ')), events);
    const auto broken = verify_chain(events);
    if (r[3] == "intact") {
      EXPECT_FALSE(broken) << broken->reason;
      continue;
    }
    if (!broken) {
      ADD_FAILURE() << "the chain verifies";
      continue;
    }
    EXPECT_NE(broken->reason.find(kBreakReasons.at(r[3])), std::string::npos) << broken->reason;
    EXPECT_EQ(broken->seq, std::stoll(r[4]));
  }
}

// What an erasure leaves: no note, no free members, no salt; the other members as they were.
TEST(HistoryFreeText, ErasureKeepsTheRestOfTheDetails) {
  const auto events = chain("everything");
  EXPECT_TRUE(has_free_text(events[1]));
  const auto bare = without_free_text(events[1]);
  EXPECT_FALSE(has_free_text(bare));
  EXPECT_TRUE(free_text_erased(bare));
  EXPECT_EQ(bare.note, "");
  EXPECT_EQ(Json::parse(bare.details), Json({{"step", "tiepnhan"}}));
  EXPECT_EQ(bare.hash, events[1].hash);
  // An event from before migration 0037 has no digest: its text cannot go.
  EXPECT_EQ(without_free_text(events[0]).note, events[0].note);
  EXPECT_FALSE(free_text_erased(events[0]));
}

// Stores hold events of both formats: their hashes must never change with the code.
TEST(HistoryFreeText, HashesOfBothFormatsStayAsWritten) {
  DossierEvent e = event(EventKind::refuse,
                         R"({"reason":"Bà B đã đăng ký tại xã khác","step":"tiepnhan"})", "Ông A");
  e.seq = 7;
  e.chain_pos = 3;
  e.from_status = "processing";
  e.to_status = "refused";
  e.prev_hash = std::string(64, 'a');
  EXPECT_EQ(compute_event_hash(e),
            "d2ab1f2587bffb351618af962feb94eb89d40dd30501130e4015f1bd18e30195");
  commit_free_text(e, "00112233445566778899aabbccddeeff");
  EXPECT_EQ(e.text_digest, "9d0b454917070c6d6596932efb8bd7239372faa05392a25717b9899f2ea30da0");
  EXPECT_EQ(compute_event_hash(e),
            "ec17c2ff44cf43925f5613a86fc99560daff0b4121422d2962e4c42804779f93");
}

}  // namespace
}  // namespace motcua::dossier
