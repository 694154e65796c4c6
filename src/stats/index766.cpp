#include "motcua/stats/index766.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "motcua/common/embedded.hpp"
#include "motcua/common/tsv.hpp"

namespace motcua::stats {

namespace {

constexpr std::string_view kGroups = "index766_groups.tsv";
constexpr std::string_view kIndicators = "index766.tsv";

std::optional<double> number(std::string_view text) {
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return v;
}

// "a+b-c" → {+a, +b, −c}; every name a field of the indicators.
Result<std::vector<Term>> terms(std::string_view text, int line_no) {
  std::vector<Term> out;
  int sign = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '+' && text[i] != '-') continue;
    const std::string_view name = text.substr(start, i - start);
    if (!is_indicator_field(name))
      return tsv::row_error(kIndicators, line_no,
                            "unknown indicator field '" + std::string(name) + "'");
    out.push_back({sign, std::string(name)});
    if (i < text.size()) sign = text[i] == '-' ? -1 : 1;
    start = i + 1;
  }
  return out;
}

std::optional<double> sum(const std::vector<Term>& ts, const Indicators& values) {
  double total = 0;
  for (const auto& t : ts) {
    const auto v = indicator_field(values, t.field);
    if (!v) return std::nullopt;
    total += t.sign * *v;
  }
  return total;
}

}  // namespace

Result<IndexTable> parse_index766(std::string_view groups_tsv, std::string_view indicators_tsv) {
  IndexTable table;
  MOTCUA_TRY(tsv::for_each_row(
      groups_tsv, 4, kGroups, [&](const std::vector<std::string_view>& c, int line) -> Status {
        const auto group = number(c[0]);
        const auto points = number(c[1]);
        if (!group || !points) return tsv::row_error(kGroups, line, "group and points are numbers");
        table.groups.push_back({int(*group), *points, std::string(c[2]), std::string(c[3])});
        return ok_status();
      }));
  MOTCUA_TRY(tsv::for_each_row(
      indicators_tsv, 13, kIndicators,
      [&](const std::vector<std::string_view>& c, int line) -> Status {
        IndexIndicator i;
        i.code = std::string(c[0]);
        const auto group = number(c[1]);
        const auto points = number(c[2]);
        if (!group || !points)
          return tsv::row_error(kIndicators, line, "group and points are numbers");
        i.group = int(*group);
        i.points = *points;
        if (std::none_of(table.groups.begin(), table.groups.end(),
                         [&](const IndexGroup& g) { return g.group == i.group; }))
          return tsv::row_error(kIndicators, line, "no such group");
        if (c[3] == "rate")
          i.scoring = Scoring::rate;
        else if (c[3] == "threshold")
          i.scoring = Scoring::threshold;
        else if (c[3] == "none")
          i.scoring = Scoring::none;
        else
          return tsv::row_error(kIndicators, line, "scoring is rate, threshold or none");
        if (!c[4].empty()) {
          i.full_at = number(c[4]);
          if (!i.full_at || *i.full_at <= 0 || *i.full_at > 1)
            return tsv::row_error(kIndicators, line, "full_at is a fraction in (0, 1]");
        }
        if ((i.scoring == Scoring::threshold) != i.full_at.has_value())
          return tsv::row_error(kIndicators, line, "a threshold, and only it, has full_at");
        if (!c[5].empty()) {
          auto num = terms(c[5], line);
          if (!num.ok()) return num.error();
          i.numerator = std::move(*num);
        }
        if (!c[6].empty()) {
          auto den = terms(c[6], line);
          if (!den.ok()) return den.error();
          i.denominator = std::move(*den);
        }
        if (i.measured() == !c[9].empty())
          return tsv::row_error(kIndicators, line,
                                "a row has a numerator or a reason it is not measured");
        if (i.measured() && i.scoring != Scoring::none && i.denominator.empty())
          return tsv::row_error(kIndicators, line, "a scored formula has a denominator");
        i.name_vi = std::string(c[7]);
        i.name_en = std::string(c[8]);
        i.not_measured_vi = std::string(c[9]);
        i.not_measured_en = std::string(c[10]);
        i.source = std::string(c[11]);
        i.confidence = std::string(c[12]);
        table.indicators.push_back(std::move(i));
        return ok_status();
      }));
  for (const auto& g : table.groups) {
    double points = 0;
    for (const auto& i : table.indicators)
      if (i.group == g.group) points += i.points;
    if (std::abs(points - g.points) > 1e-9)
      return tsv::row_error(
          kIndicators, 0,
          "the indicators of group " + std::to_string(g.group) + " do not add up to its points");
  }
  return table;
}

const IndexTable& index766() {
  static const IndexTable table = [] {
    const auto groups = embedded::find("stats/index766_groups.tsv");
    const auto indicators = embedded::find("stats/index766.tsv");
    if (!groups || !indicators) throw std::logic_error("the 766 index tables are not embedded");
    auto parsed = parse_index766(*groups, *indicators);
    if (!parsed.ok()) throw std::logic_error(parsed.error().message);
    return std::move(*parsed);
  }();
  return table;
}

IndexScore score_index(const IndexTable& table, const Indicators& values) {
  IndexScore out;
  for (const auto& g : table.groups) out.groups.push_back({&g, 0, 0});
  for (const auto& i : table.indicators) {
    IndicatorScore s;
    s.indicator = &i;
    if (i.measured()) {
      s.numerator = sum(i.numerator, values);
      if (i.denominator.empty()) {
        s.rate = s.numerator;
        s.numerator.reset();
      } else {
        s.denominator = sum(i.denominator, values);
        if (s.numerator && s.denominator && *s.denominator > 0)
          s.rate = *s.numerator / *s.denominator;
      }
      if (s.rate && i.scoring == Scoring::rate) s.score = i.points * *s.rate;
      if (s.rate && i.scoring == Scoring::threshold)
        s.score = i.points * std::min(1.0, *s.rate / *i.full_at);
      if (i.scoring != Scoring::none) {
        auto& g = *std::find_if(out.groups.begin(), out.groups.end(),
                                [&](const GroupScore& gs) { return gs.group->group == i.group; });
        g.measured_points += i.points;
        g.score += s.score.value_or(0);
        out.measured_points += i.points;
        out.score += s.score.value_or(0);
      }
    }
    out.indicators.push_back(s);
  }
  return out;
}

std::optional<Period> parse_period(std::string_view text) {
  const std::string t(text);
  if (t.size() < 4 ||
      !std::all_of(t.begin(), t.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int y = 0;
  unsigned n = 0;
  char tail = 0;
  using namespace std::chrono;
  auto last_of = [](year yr, month m) { return year_month_day{yr / m / last}; };
  if (t.size() == 4 && std::sscanf(t.c_str(), "%4d%c", &y, &tail) == 1)
    return Period{year{y} / January / 1, last_of(year{y}, December)};
  if (t.size() == 7 && t[4] == '-' && t[5] == 'Q' &&
      std::sscanf(t.c_str(), "%4d-Q%1u%c", &y, &n, &tail) == 2 && n >= 1 && n <= 4)
    return Period{year{y} / month{3 * n - 2} / 1, last_of(year{y}, month{3 * n})};
  if (t.size() == 7 && t[4] == '-' && std::sscanf(t.c_str(), "%4d-%2u%c", &y, &n, &tail) == 2 &&
      n >= 1 && n <= 12)
    return Period{year{y} / month{n} / 1, last_of(year{y}, month{n})};
  return std::nullopt;
}

}  // namespace motcua::stats
