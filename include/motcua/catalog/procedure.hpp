#pragma once
// An administrative procedure (thủ tục hành chính, TTHC) as the catalogue holds it.
#include <optional>
#include <string>
#include <vector>

#include "motcua/calendar/processing_time.hpp"

namespace motcua::catalog {

// Catalogue level in the national data: "Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác".
enum class Level { ministry, province, commune, other };

// How a dossier reaches the one-stop desk.
enum class Channel { counter, online, postal };

enum class ProcedureStatus { active, abolished, replaced };

struct RequiredDocument {
  int id = 0;  // ordinal within the procedure, stable across re-imports
  std::string name;
  int copies = 1;         // how many copies the applicant hands in
  std::string copy_kind;  // "bản chính", "bản sao", … as the record says; may be empty
  std::string form;       // the form/template name (mẫu đơn, tờ khai), may be empty
  bool mandatory = true;  // false for documents only some cases need
  // The channels the document applies to, in Channel order; empty = every channel. A
  // mandatory document is demanded only of dossiers arriving by one of these channels.
  std::vector<Channel> channels;
};

struct ChannelTerm {
  Channel channel = Channel::counter;
  std::optional<calendar::ProcessingTime> time;  // nothing when the record gives no time
  std::string time_text;                         // the original text, for display and audit
  std::optional<long long> fee_vnd;              // 0 = free; nothing when unknown or not in VND
  std::string fee_text;                          // the original fee text
  std::string description;
};

struct Procedure {
  std::string code;  // national code, e.g. "1.001193"
  std::string name;
  std::string decision_number;      // quyết định công bố, e.g. "163/QĐ-BTP"
  std::vector<Level> levels;        // a procedure may be implemented at several levels
  std::string field;                // lĩnh vực, e.g. "Hộ tịch"
  std::string implementing_agency;  // as the record names it; may be empty
  std::string competent_agency;
  std::string subjects;    // đối tượng thực hiện
  std::string steps_text;  // trình tự thực hiện
  std::vector<ChannelTerm> channels;
  std::vector<RequiredDocument> documents;
  std::vector<std::string> legal_basis;
  std::string conditions;  // yêu cầu, điều kiện; empty when none
  std::string result;      // kết quả xử lý
  ProcedureStatus status = ProcedureStatus::active;
  std::string replaced_by;     // code of the replacing procedure when status == replaced
  std::string effective_from;  // ISO date, empty = in force from the start of time
  std::string source_url;
};

}  // namespace motcua::catalog
