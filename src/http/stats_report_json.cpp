#include "stats_report_json.hpp"

#include <cstdio>

#include "motcua/common/time.hpp"

namespace motcua::http {

namespace {

nlohmann::json item_json(const store::MarkedDossier& d) {
  nlohmann::json j = {{"code", d.code},
                      {"kind", d.notice ? "reception_notice" : "dossier"},
                      {"count", d.count},
                      {"agency", d.agency},
                      {"procedure_code", d.procedure_code},
                      {"procedure_name", d.procedure_name},
                      {"channel", d.channel}};
  auto opt = [&](const char* name, const std::string& v) {
    j[name] = v.empty() ? nlohmann::json(nullptr) : nlohmann::json(v);
  };
  opt("status", d.status);
  opt("current_step", d.current_step);
  opt("step_agency", d.step_agency);
  opt(d.notice ? "issued_at" : "received_at", d.received_at);
  opt("statutory_due_at", d.statutory_due_at);
  opt("finished_at", d.finished_at);
  opt("outcome", d.outcome);
  opt("apologized_at", d.apologized_at);
  return j;
}

std::string hex(const std::string& bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char ch : bytes) {
    out += digits[ch >> 4];
    out += digits[ch & 15];
  }
  return out;
}

std::string stats_report_number(double v) {
  char out[32];
  std::snprintf(out, sizeof out, "%.1f", v);
  return out;
}

std::string percent(const std::optional<double>& r) {
  if (!r) return "";
  char out[32];
  std::snprintf(out, sizeof out, "%.1f", *r * 100.0);
  return out;
}

std::string local_text(const std::string& iso) {
  // "2026-03-02T08:00:00+07:00" → "02/03/2026 08:00"
  if (iso.size() < 16) return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) + " " +
         iso.substr(11, 5);
}

const char* measure_label(const std::string& m) {
  static const std::pair<const char*, const char*> kLabels[] = {
      {"received", "Hồ sơ tiếp nhận"},
      {"received_counter", "Tiếp nhận trực tiếp"},
      {"received_online", "Tiếp nhận trực tuyến"},
      {"received_postal", "Tiếp nhận qua bưu chính"},
      {"finished_early", "Giải quyết trước hạn"},
      {"finished_on_time", "Giải quyết đúng hạn"},
      {"finished_late", "Giải quyết quá hạn"},
      {"finished_on_time_national", "Đúng hạn (cách tính của Bộ chỉ số)"},
      {"finished_late_national", "Quá hạn (cách tính của Bộ chỉ số)"},
      {"in_progress_on_time", "Đang giải quyết trong hạn"},
      {"in_progress_overdue", "Đang giải quyết quá hạn"},
      {"waiting_for_applicant", "Chờ bổ sung của người nộp"},
      {"withdrawn", "Rút hồ sơ"},
      {"refused", "Từ chối giải quyết"},
      {"supplement_requests", "Yêu cầu bổ sung"},
      {"apologies", "Thư xin lỗi"},
      {"late_without_apology", "Quá hạn chưa xin lỗi"},
      {"refused_at_reception", "Từ chối tiếp nhận"},
  };
  for (const auto& [k, v] : kLabels)
    if (m == k) return v;
  return "";
}

}  // namespace

std::string mark_cursor(const store::MarkKey& k) {
  return hex(nlohmann::json::array({k.agency, k.first, k.second, k.code}).dump());
}

std::optional<store::MarkKey> parse_mark_cursor(const std::string& text) {
  if (text.empty() || text.size() % 2 != 0 || text.size() > 2000) return std::nullopt;
  std::string bytes;
  for (std::size_t i = 0; i < text.size(); i += 2) {
    auto digit = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    const int hi = digit(text[i]), lo = digit(text[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    bytes += char(hi * 16 + lo);
  }
  auto j = nlohmann::json::parse(bytes, nullptr, false);
  if (!j.is_array() || j.size() != 4) return std::nullopt;
  for (const auto& v : j)
    if (!v.is_string()) return std::nullopt;
  store::MarkKey k{j[0], j[1], j[2], j[3]};
  if (k.agency.empty() || k.code.empty()) return std::nullopt;
  return k;
}

nlohmann::json drilldown_json(const service::DrilldownPage& page, const std::string& measure) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& d : page.items) items.push_back(item_json(d));
  return {{"agency", page.agency},
          {"measure", measure},
          {"judged_at", format_iso(page.judged_at)},
          {"items", items},
          {"next_cursor",
           page.next ? nlohmann::json(mark_cursor(*page.next)) : nlohmann::json(nullptr)}};
}

nlohmann::json backlog_json(const service::Backlog& b) {
  auto rows = [](const std::vector<service::CountRow>& v) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : v) {
      nlohmann::json j = {{"key", r.key}, {"count", r.count}};
      if (!r.name.empty()) j["name"] = r.name;
      out.push_back(j);
    }
    return out;
  };
  nlohmann::json items = nlohmann::json::array();
  for (const auto& o : b.items) {
    nlohmann::json j = item_json(o.dossier);
    j["overdue_minutes"] = o.overdue_minutes;
    j["overdue_days"] = o.overdue_days;
    j["bucket"] = o.bucket;
    items.push_back(j);
  }
  return {{"agency", b.agency},         {"judged_at", format_iso(b.judged_at)},
          {"total", b.total},           {"by_bucket", rows(b.by_bucket)},
          {"by_step", rows(b.by_step)}, {"by_holder", rows(b.by_holder)},
          {"matching", b.matching},     {"items", items}};
}

nlohmann::json bottlenecks_json(const service::Bottlenecks& b) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : b.steps)
    steps.push_back({{"step", s.step},
                     {"agency", s.agency},
                     {"agency_name", s.agency_name},
                     {"stints", s.stints},
                     {"late_stints", s.late_stints},
                     {"late_dossiers", s.late_dossiers},
                     {"used_hours_mean", s.used_hours_mean},
                     {"allowed_hours_mean", s.allowed_hours_mean}});
  return {{"agency", b.agency},
          {"dossiers", b.dossiers},
          {"late_dossiers", b.late_dossiers},
          {"steps", steps},
          {"late_codes", b.late_codes}};
}

service::ExportTable drilldown_table(const std::vector<store::MarkedDossier>& items,
                                     const std::string& measure, const std::string& agency,
                                     const std::string& from, const std::string& to) {
  service::ExportTable t;
  t.title = std::string("Danh sách hồ sơ: ") + measure_label(measure);
  t.heading = {t.title, "Cơ quan: " + agency + " · Kỳ: " + from + " đến " + to};
  t.columns = {"Mã hồ sơ",   "Thủ tục", "Cơ quan giải quyết", "Kênh", "Tiếp nhận", "Hạn giải quyết",
               "Hoàn thành", "Kết quả", "Số lần được tính"};
  t.numeric = {false, false, false, false, false, false, false, false, true};
  long long total = 0;
  for (const auto& d : items) {
    t.rows.push_back({d.code, d.procedure_name, d.agency, d.channel, local_text(d.received_at),
                      local_text(d.statutory_due_at), local_text(d.finished_at), d.outcome,
                      std::to_string(d.count)});
    total += d.count;
  }
  t.rows.push_back({"Tổng cộng", std::to_string(items.size()) + " hồ sơ", "", "", "", "", "", "",
                    std::to_string(total)});
  return t;
}

service::ExportTable backlog_table(const service::Backlog& b) {
  service::ExportTable t;
  t.title = "Hồ sơ đang quá hạn";
  t.heading = {t.title,
               "Cơ quan: " + b.agency + " · Tính đến: " + local_text(format_iso(b.judged_at))};
  t.columns = {"Mã hồ sơ",
               "Thủ tục",
               "Bước đang xử lý",
               "Cơ quan đang giữ",
               "Hạn giải quyết",
               "Số ngày làm việc quá hạn",
               "Nhóm"};
  t.numeric = {false, false, false, false, false, true, false};
  long long days = 0;
  for (const auto& o : b.items) {
    t.rows.push_back({o.dossier.code, o.dossier.procedure_name, o.dossier.current_step,
                      o.dossier.step_agency, local_text(o.dossier.statutory_due_at),
                      std::to_string(o.overdue_days), o.bucket});
    days += o.overdue_days;
  }
  t.rows.push_back({"Tổng cộng", std::to_string(b.items.size()) + " hồ sơ", "", "", "",
                    std::to_string(days), ""});
  return t;
}

service::ExportTable bottlenecks_table(const service::Bottlenecks& b, const std::string& from,
                                       const std::string& to) {
  service::ExportTable t;
  t.title = "Các bước làm chậm hồ sơ";
  t.heading = {t.title, "Cơ quan: " + b.agency + " · Kỳ: " + from + " đến " + to};
  t.columns = {"Bước",
               "Cơ quan",
               "Số lượt",
               "Số lượt quá hạn bước",
               "Hồ sơ trễ hạn do bước này",
               "Giờ làm việc đã dùng (bình quân)",
               "Giờ làm việc được giao (bình quân)"};
  t.numeric = {false, false, true, true, true, true, true};
  long long stints = 0, late = 0, late_dossiers = 0;
  for (const auto& s : b.steps) {
    t.rows.push_back({s.step, s.agency_name, std::to_string(s.stints),
                      std::to_string(s.late_stints), std::to_string(s.late_dossiers),
                      stats_report_number(s.used_hours_mean),
                      stats_report_number(s.allowed_hours_mean)});
    stints += s.stints;
    late += s.late_stints;
    late_dossiers += s.late_dossiers;
  }
  t.rows.push_back({"Tổng cộng", "", std::to_string(stints), std::to_string(late),
                    std::to_string(late_dossiers), "", ""});
  return t;
}

service::ExportTable indicators_table(const service::IndicatorReport& r, const std::string& from,
                                      const std::string& to, const std::string& group_by) {
  service::ExportTable t;
  t.title = "Kết quả giải quyết hồ sơ";
  t.heading = {t.title, "Cơ quan: " + r.agency + " · Kỳ: " + from + " đến " + to};
  t.columns = {group_by.empty() ? "Phạm vi" : "Nhóm",
               "Tiếp nhận",
               "Trực tuyến",
               "Trước hạn",
               "Đúng hạn",
               "Quá hạn",
               "Đang giải quyết trong hạn",
               "Đang quá hạn",
               "Chờ bổ sung",
               "Quá hạn chưa xin lỗi",
               "Tỷ lệ đúng hạn (%)",
               "Tỷ lệ trực tuyến (%)",
               "Tỷ lệ đúng hạn theo Bộ chỉ số (%)"};
  t.numeric = std::vector<bool>(t.columns.size(), true);
  t.numeric[0] = false;
  stats::Indicators sum;
  for (const auto& row : r.rows) {
    const auto& v = row.values;
    t.rows.push_back({row.name.empty() ? (row.group.empty() ? r.agency : row.group) : row.name,
                      std::to_string(v.received), std::to_string(v.received_by_channel.online),
                      std::to_string(v.finished_early), std::to_string(v.finished_on_time),
                      std::to_string(v.finished_late), std::to_string(v.in_progress_on_time),
                      std::to_string(v.in_progress_overdue),
                      std::to_string(v.waiting_for_applicant),
                      std::to_string(v.late_without_apology), percent(v.on_time_rate),
                      percent(v.online_share), percent(v.on_time_rate_national)});
    sum.received += v.received;
    sum.received_by_channel.online += v.received_by_channel.online;
    sum.finished_early += v.finished_early;
    sum.finished_on_time += v.finished_on_time;
    sum.finished_late += v.finished_late;
    sum.finished_on_time_national += v.finished_on_time_national;
    sum.finished_late_national += v.finished_late_national;
    sum.in_progress_on_time += v.in_progress_on_time;
    sum.in_progress_overdue += v.in_progress_overdue;
    sum.waiting_for_applicant += v.waiting_for_applicant;
    sum.late_without_apology += v.late_without_apology;
  }
  const bool by_time = group_by == "day" || group_by == "month";
  auto ratio = [](long long part, long long whole) {
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
  };
  // Open dossiers are a stock: over days or months the total is the last period's.
  if (by_time && !r.rows.empty()) {
    const auto& last = r.rows.back().values;
    sum.in_progress_on_time = last.in_progress_on_time;
    sum.in_progress_overdue = last.in_progress_overdue;
    sum.waiting_for_applicant = last.waiting_for_applicant;
  }
  t.rows.push_back(
      {"Tổng cộng", std::to_string(sum.received), std::to_string(sum.received_by_channel.online),
       std::to_string(sum.finished_early), std::to_string(sum.finished_on_time),
       std::to_string(sum.finished_late), std::to_string(sum.in_progress_on_time),
       std::to_string(sum.in_progress_overdue), std::to_string(sum.waiting_for_applicant),
       std::to_string(sum.late_without_apology),
       percent(ratio(sum.finished_early + sum.finished_on_time,
                     sum.finished_early + sum.finished_on_time + sum.finished_late)),
       percent(ratio(sum.received_by_channel.online, sum.received)),
       percent(ratio(
           sum.finished_on_time_national,
           sum.finished_on_time_national + sum.finished_late_national + sum.in_progress_overdue))});
  return t;
}

}  // namespace motcua::http
