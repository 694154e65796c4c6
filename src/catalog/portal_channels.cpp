// cach_thuc_thuc_hien is the table "Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả" with the
// cells run together: "Trực tuyến5 Ngày làm việc25 USD(…)mô tả…Trực tiếp1Miễn phí".
// A row starts where a channel name is directly followed by a time (digits) or by the
// "Không có thông tin" (no-information) marker; the same words inside a description are followed by
// ordinary text, which is how the two are told apart.
#include <array>
#include <cstdlib>
#include <optional>
#include <utility>

#include "portal_parts.hpp"
#include "portal_text.hpp"

namespace motcua::catalog::portal {

namespace {

constexpr std::string_view kHeader = "Hình thức nộpThời gianPhí, lệ phíMô tả";

constexpr std::array<std::pair<std::string_view, Channel>, 3> kChannels{{
    {"Trực tiếp", Channel::counter},
    {"Trực tuyến", Channel::online},
    {"Dịch vụ bưu chính", Channel::postal},
}};

// Longest first, so "Ngày làm việc" wins over "Ngày".
constexpr std::array<std::pair<std::string_view, calendar::TimeUnit>, 7> kUnits{{
    {"Ngày làm việc", calendar::TimeUnit::working_days},
    {"ngày làm việc", calendar::TimeUnit::working_days},
    {"Giờ làm việc", calendar::TimeUnit::working_hours},
    {"Ngày", calendar::TimeUnit::calendar_days},
    {"ngày", calendar::TimeUnit::calendar_days},
    {"Giờ", calendar::TimeUnit::working_hours},
    {"Tháng", calendar::TimeUnit::calendar_months},
}};

constexpr std::array<std::string_view, 5> kCurrencies{"VNĐ", "Việt Nam Đồng", "đồng", "USD", "EUR"};

std::string_view channel_name_vi(Channel c) {
  for (const auto& [name, channel] : kChannels)
    if (channel == c) return name;
  return kChannels[0].first;
}

struct RowStart {
  size_t begin = 0;  // where the channel name starts
  size_t time = 0;   // where the time cell starts
  Channel channel = Channel::counter;
};

// A time cell follows a channel name when digits or the no-information marker come next, or when a
// capital is glued to the name ("Trực tiếpKhông phải trả kết quả…"): descriptions that merely
// mention a channel go on with a space and a lower-case word.
bool time_follows(std::string_view s, size_t i) {
  if (is_upper_at(s, i)) return true;
  if (i < s.size() && s[i] == ' ') ++i;
  return is_digit_at(s, i) || starts_with_at(s, i, kNoInformation);
}

// Where the fee cell starts in a time cell written as words: at "Miễn phí", the no-information
// marker or a money amount.
size_t fee_cell_start(std::string_view row, size_t i);

std::vector<RowStart> find_rows(std::string_view s) {
  std::vector<RowStart> rows;
  for (size_t i = 0; i < s.size(); ++i) {
    for (const auto& [name, channel] : kChannels) {
      if (starts_with_at(s, i, name) && time_follows(s, i + name.size())) {
        size_t t = i + name.size();
        if (s[t] == ' ') ++t;
        rows.push_back({i, t, channel});
        i = t - 1;
        break;
      }
    }
  }
  return rows;
}

size_t digits_end(std::string_view s, size_t i) {
  while (is_digit_at(s, i)) ++i;
  return i;
}

// A money amount at i: digits with ',' or '.' groups, an optional space, a currency.
struct Money {
  size_t end = 0;
  std::string amount;  // as written
  std::string_view currency;
};

std::optional<Money> money_at(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && (is_digit_at(s, j) || s[j] == ',' || s[j] == '.')) ++j;
  if (j == i || !is_digit_at(s, i)) return std::nullopt;
  size_t k = j;
  if (k < s.size() && s[k] == ' ') ++k;
  for (std::string_view c : kCurrencies)
    if (starts_with_at(s, k, c)) return Money{k + c.size(), std::string(s.substr(i, j - i)), c};
  return std::nullopt;
}

// Balanced "(…)" at i, returned with its end; the portal puts the fee's explanation there.
size_t parenthesis_end(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '(') return i;
  int depth = 0;
  for (size_t j = i; j < s.size(); ++j) {
    if (s[j] == '(') ++depth;
    if (s[j] == ')' && --depth == 0) return j + 1;
  }
  return i;
}

std::optional<long long> vnd_amount(const Money& m) {
  if (m.currency == "USD" || m.currency == "EUR") return std::nullopt;
  std::string digits;
  for (char c : m.amount)
    if (c >= '0' && c <= '9') digits.push_back(c);
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  return std::atoll(digits.c_str());
}

double parse_amount(std::string_view digits) {
  std::string s(digits);
  for (char& c : s)
    if (c == ',') c = '.';
  return std::strtod(s.c_str(), nullptr);
}

size_t fee_cell_start(std::string_view row, size_t i) {
  for (size_t j = i + 1; j < row.size(); ++j) {
    if (starts_with_at(row, j, "Miễn phí") || starts_with_at(row, j, kNoInformation) ||
        (is_digit_at(row, j) && money_at(row, j)))
      return j;
  }
  return row.size();
}

}  // namespace

std::optional<calendar::ProcessingTime> parse_time_text(std::string_view text) {
  std::string t = trim(text);
  std::string_view s = t;
  size_t d = digits_end(s, 0);
  if (d == 0) return std::nullopt;
  if (d < s.size() && (s[d] == ',' || s[d] == '.') && is_digit_at(s, d + 1))
    d = digits_end(s, d + 1);
  size_t u = d < s.size() && s[d] == ' ' ? d + 1 : d;
  for (const auto& [name, unit] : kUnits)
    if (s.substr(u) == name) return calendar::ProcessingTime{parse_amount(s.substr(0, d)), unit};
  return std::nullopt;
}

std::vector<ChannelTerm> parse_channels(std::string_view text, std::vector<std::string>& warnings) {
  std::string_view s = text;
  if (s.substr(0, kHeader.size()) == kHeader) s.remove_prefix(kHeader.size());
  std::vector<ChannelTerm> terms;
  std::vector<RowStart> rows = find_rows(s);
  if (rows.empty()) {
    if (!trim(s).empty()) warnings.push_back("channels.unparsed: no channel row found");
    return terms;
  }
  if (rows.front().begin > 0 && !trim(s.substr(0, rows.front().begin)).empty())
    warnings.push_back("channels.leading_text: text before the first channel row ignored");
  for (size_t r = 0; r < rows.size(); ++r) {
    const size_t end = r + 1 < rows.size() ? rows[r + 1].begin : s.size();
    std::string_view row = s.substr(0, end);
    const std::string_view label = channel_name_vi(rows[r].channel);
    ChannelTerm term;
    term.channel = rows[r].channel;
    size_t i = rows[r].time;
    if (starts_with_at(row, i, kNoInformation)) {
      i += kNoInformation.size();
      warnings.push_back("time.missing: " + std::string(label) + " gives no processing time");
    } else if (!is_digit_at(row, i)) {
      const size_t fee = fee_cell_start(row, i);
      term.time_text = trim(row.substr(i, fee - i));
      i = fee;
      warnings.push_back("time.missing: " + std::string(label) + " time given as words \"" +
                         term.time_text + "\"");
    } else {
      size_t d = digits_end(row, i);
      if (d < row.size() && (row[d] == ',' || row[d] == '.') && is_digit_at(row, d + 1) &&
          !money_at(row, i))
        d = digits_end(row, d + 1);  // a fractional amount such as "0,5"
      std::string_view amount = row.substr(i, d - i);
      size_t u = d < row.size() && row[d] == ' ' ? d + 1 : d;
      bool unit_found = false;
      for (const auto& [name, unit] : kUnits) {
        if (starts_with_at(row, u, name)) {
          term.time = calendar::ProcessingTime{parse_amount(amount), unit};
          term.time_text = std::string(row.substr(i, u + name.size() - i));
          i = u + name.size();
          unit_found = true;
          break;
        }
      }
      if (!unit_found && money_at(row, i) && d - i > 1) {
        // "Trực tuyến120,000 VNĐ": a unit-less time cell glued to the fee. The portal's
        // unit-less times are single digits, so the first digit is the time.
        term.time = calendar::ProcessingTime{parse_amount(amount.substr(0, 1)),
                                             calendar::TimeUnit::working_days};
        term.time_text = std::string(amount.substr(0, 1));
        i += 1;
        warnings.push_back("time.fee_run_together: " + std::string(label) + " \"" +
                           std::string(row.substr(i - 1, money_at(row, i - 1)->end - i + 1)) +
                           "\" read as time " + term.time_text + " working days, fee " +
                           money_at(row, i)->amount);
      } else if (!unit_found) {
        term.time =
            calendar::ProcessingTime{parse_amount(amount), calendar::TimeUnit::working_days};
        term.time_text = std::string(amount);
        i = d;
        warnings.push_back("time.no_unit: " + std::string(label) + " \"" + term.time_text +
                           "\" taken as working days");
      }
    }
    // Fee cell.
    if (starts_with_at(row, i, "Miễn phí")) {
      term.fee_vnd = 0;
      size_t e = parenthesis_end(row, i + std::string_view("Miễn phí").size());
      term.fee_text = trim(row.substr(i, e - i));
      i = e;
    } else if (starts_with_at(row, i, kNoInformation)) {
      i += kNoInformation.size();
    } else if (auto m = money_at(row, i)) {
      size_t e = parenthesis_end(row, m->end);
      term.fee_text = trim(row.substr(i, e - i));
      term.fee_vnd = vnd_amount(*m);
      if (term.fee_vnd && *term.fee_vnd > 0 && *term.fee_vnd < 1000) {
        // "135 VNĐ(… 135.000 đồng/lần)": the portal often writes thousands of đồng.
        warnings.push_back("fee.implausible_vnd: " + std::string(label) + " \"" + m->amount + " " +
                           std::string(m->currency) + "\" kept as text only");
        term.fee_vnd.reset();
      } else if (!term.fee_vnd) {
        warnings.push_back("fee.not_vnd: " + std::string(label) + " fee in " +
                           std::string(m->currency));
      }
      i = e;
    }
    term.description = trim(row.substr(std::min(i, row.size())));
    terms.push_back(std::move(term));
  }
  return terms;
}

}  // namespace motcua::catalog::portal
