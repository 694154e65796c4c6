#include "motcua/dossier/erasure.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "motcua/common/dates.hpp"
#include "motcua/common/time.hpp"

namespace motcua::dossier {

namespace {

constexpr std::array<std::pair<ErasureGround, std::string_view>, 4> kGrounds = {{
    {ErasureGround::subject_request, "subject-request"},
    {ErasureGround::purpose_completed, "purpose-completed"},
    {ErasureGround::retention_ended, "retention-ended"},
    {ErasureGround::authority_decision, "authority-decision"},
}};

constexpr std::array<std::pair<ErasureScope, std::string_view>, 3> kScopes = {{
    {ErasureScope::none, "none"},
    {ErasureScope::contact, "contact"},
    {ErasureScope::everything, "everything"},
}};

// A value's name in one of the tables above, and back.
template <class Table, class Value>
std::string_view erasure_name_of(const Table& table, Value v) {
  for (const auto& [value, name] : table)
    if (value == v) return name;
  throw std::logic_error("a value outside its name table");
}

template <class Table, class Value>
bool value_of(const Table& table, std::string_view text, Value& out) {
  for (const auto& [value, name] : table)
    if (name == text) {
      out = value;
      return true;
    }
  return false;
}

ErasureDecision decided(ErasureScope scope, std::string key, std::string reason,
                        std::string reason_vi) {
  return {scope, std::move(key), std::move(reason), std::move(reason_vi), std::nullopt};
}

ErasureDecision by_ground(ErasureGround ground, const ErasureFacts& f, TimePoint now) {
  if (!f.finished)
    return decided(ErasureScope::none, "erasure.in_processing",
                   "the dossier is still being processed; its data is needed until it finishes",
                   "hồ sơ đang được giải quyết; dữ liệu còn cần cho việc giải quyết đến khi kết "
                   "thúc");
  switch (ground) {
    case ErasureGround::purpose_completed:
      if (f.messages_pending)
        return decided(ErasureScope::none, "erasure.messages_pending",
                       "messages to the applicant are still waiting to go: the contact details' "
                       "purpose is not complete yet",
                       "còn thông báo chưa gửi tới người nộp: mục đích sử dụng thông tin liên "
                       "hệ chưa hoàn thành");
      [[fallthrough]];
    case ErasureGround::subject_request:
      return decided(
          ErasureScope::contact, "erasure.record_kept",
          "the phone and e-mail served only to tell the applicant of the dossier, which is "
          "finished: they are erased; the name, identity number, address and files stay with "
          "the record until its retention period ends (Law 91/2025 Art. 4(3), 14(1)(c))",
          "số điện thoại và thư điện tử chỉ dùng để thông báo cho người nộp về hồ sơ đã kết "
          "thúc nên được xóa; họ tên, số định danh, địa chỉ và tệp đính kèm được lưu cùng hồ sơ "
          "đến hết thời hạn lưu trữ (Luật 91/2025 khoản 3 Điều 4, điểm c khoản 1 Điều 14)");
    case ErasureGround::retention_ended: {
      if (!f.retention_years)
        return decided(ErasureScope::none, "erasure.retention_not_set",
                       "no retention period is set for this procedure: the record is kept "
                       "(`motcua pdp retention set`)",
                       "chưa đặt thời hạn lưu trữ cho thủ tục này nên hồ sơ được giữ lại");
      const TimePoint ends = retention_end(*f.finished_at, *f.retention_years);
      auto d = now >= ends
                   ? decided(ErasureScope::everything, "erasure.retention_ended",
                             "the retention period has ended (Law 91/2025 Art. 14(1)(c))",
                             "đã hết thời hạn lưu trữ (điểm c khoản 1 Điều 14 Luật 91/2025)")
                   : decided(ErasureScope::none, "erasure.retention_running",
                             "the retention period has not ended yet", "chưa hết thời hạn lưu trữ");
      d.retention_ends = ends;
      return d;
    }
    case ErasureGround::authority_decision:
      if (f.decision.empty())
        return decided(ErasureScope::none, "erasure.decision_missing",
                       "name the competent agency's decision",
                       "cần ghi rõ quyết định của cơ "
                       "quan nhà nước có thẩm quyền");
      return decided(ErasureScope::everything, "erasure.authority_decision",
                     "a competent state agency decided so (Law 91/2025 Art. 14(1)(d))",
                     "theo quyết định của cơ quan nhà nước có thẩm quyền (điểm d khoản 1 Điều 14 "
                     "Luật 91/2025)");
  }
  throw std::logic_error("unknown erasure ground");
}

}  // namespace

std::string_view to_string(ErasureGround g) { return erasure_name_of(kGrounds, g); }

bool parse_erasure_ground(std::string_view text, ErasureGround& out) {
  return value_of(kGrounds, text, out);
}

std::string_view to_string(ErasureScope s) { return erasure_name_of(kScopes, s); }

bool parse_erasure_scope(std::string_view text, ErasureScope& out) {
  return value_of(kScopes, text, out);
}

TimePoint retention_end(TimePoint finished_at, int years) {
  const auto finished_year = local_date(finished_at).year();
  return start_of_local_day(
      {finished_year + std::chrono::years(years + 1), std::chrono::January, std::chrono::day(1)});
}

ErasureDecision decide_erasure(ErasureGround ground, const ErasureFacts& facts, TimePoint now) {
  if (facts.finished && !facts.finished_at)
    throw std::logic_error("a finished record without its finishing time");
  ErasureDecision d = by_ground(ground, facts, now);
  d.scope = std::max(d.scope, facts.already);
  return d;
}

}  // namespace motcua::dossier
