#pragma once
// Decision 766/QĐ-TTg's index (issue 12, GET /api/v1/stats/index766): its five groups and
// their indicators as rows of data (data/embed/stats/index766.tsv and index766_groups.tsv),
// each indicator's formula a ratio of sums of the indicators' fields (indicators.hpp), so a
// new indicator motcua can measure is a new row, not new code. Indicators that need data
// motcua does not hold are listed with the reason, and score nothing.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/common/result.hpp"
#include "motcua/stats/indicators.hpp"

namespace motcua::stats {

enum class Scoring {
  rate,       // points × rate
  threshold,  // full points at rate ≥ full_at, else points × rate ÷ full_at
  none,       // shown, not scored
};

struct Term {
  int sign = 1;  // +1 or −1
  std::string field;
};

struct IndexIndicator {
  std::string code;  // "2.1"
  int group = 0;
  double points = 0;
  Scoring scoring = Scoring::rate;
  std::optional<double> full_at;
  std::vector<Term> numerator;    // empty: not measured here
  std::vector<Term> denominator;  // empty with a numerator: a value shown as it is
  std::string name_vi;
  std::string name_en;
  std::string not_measured_vi;
  std::string not_measured_en;
  std::string source;
  std::string confidence;  // confirmed | reported
  bool measured() const { return !numerator.empty(); }
};

struct IndexGroup {
  int group = 0;
  double points = 0;
  std::string name_vi;
  std::string name_en;
};

struct IndexTable {
  std::vector<IndexGroup> groups;
  std::vector<IndexIndicator> indicators;
};

// Parses the two tables; an error names the table and line (an unknown field in a formula,
// points that do not add up to their group's, a scoring name that does not exist).
Result<IndexTable> parse_index766(std::string_view groups_tsv, std::string_view indicators_tsv);
// The shipped tables, parsed once (a broken shipped table is a broken build).
const IndexTable& index766();

struct IndicatorScore {
  const IndexIndicator* indicator = nullptr;
  std::optional<double> numerator;
  std::optional<double> denominator;
  std::optional<double> rate;   // numerator ÷ denominator, or the value shown
  std::optional<double> score;  // points earned; none when not measured or nothing counted
};

struct GroupScore {
  const IndexGroup* group = nullptr;
  double measured_points = 0;  // the points of its measured indicators
  double score = 0;            // earned on those
};

struct IndexScore {
  std::vector<GroupScore> groups;
  std::vector<IndicatorScore> indicators;
  double measured_points = 0;
  double score = 0;
};

// Scores every indicator of `table` from one period's indicators.
IndexScore score_index(const IndexTable& table, const Indicators& values);

// A period of the index: "YYYY-MM", "YYYY-Qn" (n = 1..4) or "YYYY"; its first and last days.
struct Period {
  std::chrono::year_month_day from;
  std::chrono::year_month_day to;
};
std::optional<Period> parse_period(std::string_view text);

}  // namespace motcua::stats
